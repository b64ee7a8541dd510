import type { Executor } from '../transaction.js';
import type { ApiKeyPrincipal } from './api-key.js';
import { parseKey, secretMatches } from './api-key-token.js';

/** last_used_at is written at most this often per key, so that reads do not turn into writes. */
export const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Who a key authenticates, or null when it is not a key of this service, unknown, wrong or revoked. The key
 * is found by its public prefix and its secret compared by hash in constant time. Records when the key was
 * last used, at most once a minute.
 */
export async function verifyApiKey(db: Executor, token: string, now: Date): Promise<ApiKeyPrincipal | null> {
  const parts = parseKey(token);
  if (!parts) return null;
  const row = await db
    .selectFrom('api_keys')
    .select(['id', 'name', 'role', 'hash', 'revoked_at'])
    .where('prefix', '=', parts.prefix)
    .executeTakeFirst();
  if (!row || !secretMatches(parts.secret, row.hash) || row.revoked_at !== null) return null;
  const threshold = new Date(now.getTime() - LAST_USED_RESOLUTION_MS).toISOString();
  await db
    .updateTable('api_keys')
    .set({ last_used_at: now.toISOString() })
    .where('id', '=', row.id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<=', threshold)]))
    .execute();
  return { keyId: row.id, name: row.name, role: row.role };
}
