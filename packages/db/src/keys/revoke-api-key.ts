import { ApiKeyNotFoundError } from '../errors/api-key-not-found-error.js';
import { ApiKeyRevokedError } from '../errors/api-key-revoked-error.js';
import type { Executor } from '../transaction.js';
import { API_KEY_COLUMNS, fromApiKeyRow, type ApiKey } from './api-key.js';

/**
 * Revokes a key for good: from now on it authenticates nothing. Fails with ApiKeyNotFoundError, or
 * ApiKeyRevokedError when it was revoked already (by this call's competitor too: the update is conditional).
 */
export async function revokeApiKey(db: Executor, id: string, now: Date): Promise<ApiKey> {
  const revoked = await db
    .updateTable('api_keys')
    .set({ revoked_at: now.toISOString() })
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .returning(API_KEY_COLUMNS)
    .executeTakeFirst();
  if (revoked) return fromApiKeyRow(revoked);
  const existing = await db
    .selectFrom('api_keys')
    .select(['revoked_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  if (!existing) throw new ApiKeyNotFoundError(id);
  throw new ApiKeyRevokedError(id, existing.revoked_at ?? '');
}
