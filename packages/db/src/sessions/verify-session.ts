import type { ApiKeyPrincipal } from '../keys/api-key.js';
import type { Executor } from '../transaction.js';
import { hashSessionToken, SESSION_TOKEN_PATTERN } from './session-token.js';

/** A valid session: who it authenticates (its key's principal) and until when. */
export interface SessionPrincipal extends ApiKeyPrincipal {
  readonly expiresAt: string;
}

/**
 * Who a session id authenticates, or null when it is malformed, unknown, expired, or its key was revoked.
 */
export async function verifySession(
  db: Executor,
  token: string,
  now: Date,
): Promise<SessionPrincipal | null> {
  if (!SESSION_TOKEN_PATTERN.test(token)) return null;
  const row = await db
    .selectFrom('sessions')
    .innerJoin('api_keys', 'api_keys.id', 'sessions.key_id')
    .select(['api_keys.id', 'api_keys.name', 'api_keys.role', 'api_keys.revoked_at', 'sessions.expires_at'])
    .where('sessions.id', '=', hashSessionToken(token))
    .executeTakeFirst();
  if (!row || row.revoked_at !== null || row.expires_at <= now.toISOString()) return null;
  return { keyId: row.id, name: row.name, role: row.role, expiresAt: row.expires_at };
}
