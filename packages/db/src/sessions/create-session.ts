import type { Executor } from '../transaction.js';
import { generateSessionToken, hashSessionToken } from './session-token.js';

export interface NewSession {
  /** The API key the session is opened with (checked by the caller). */
  readonly keyId: string;
  readonly now: Date;
  /** How long the session lasts. */
  readonly ttlMs: number;
}

export interface CreatedSession {
  /** The session id: returned this once (for the cookie), never stored. */
  readonly token: string;
  /** ISO 8601 instant (UTC). */
  readonly expires_at: string;
}

/** Opens a session for a key, and removes the sessions that have expired. */
export async function createSession(db: Executor, input: NewSession): Promise<CreatedSession> {
  const token = generateSessionToken();
  const now = input.now.toISOString();
  const expires = new Date(input.now.getTime() + input.ttlMs).toISOString();
  await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
  await db
    .insertInto('sessions')
    .values({ id: hashSessionToken(token), key_id: input.keyId, created_at: now, expires_at: expires })
    .execute();
  return { token, expires_at: expires };
}
