import type { Executor } from '../transaction.js';
import { hashSessionToken, SESSION_TOKEN_PATTERN } from './session-token.js';

/** Ends a session (signing out). Whether there was one to end. */
export async function deleteSession(db: Executor, token: string): Promise<boolean> {
  if (!SESSION_TOKEN_PATTERN.test(token)) return false;
  const result = await db.deleteFrom('sessions').where('id', '=', hashSessionToken(token)).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
