import type { Insertable, Selectable } from 'kysely';

/**
 * Browser sessions of the brief studio, each opened with an API key. The session id itself lives only in
 * the browser's cookie; the table keeps its SHA-256.
 */
export interface SessionsTable {
  /** SHA-256 of the session id, hex. */
  id: string;
  /** The API key the session was opened with: its role is the session's. */
  key_id: string;
  /** ISO 8601 instant (UTC). */
  created_at: string;
  /** ISO 8601 instant (UTC) after which the session authenticates nothing. */
  expires_at: string;
}

export type SessionRow = Selectable<SessionsTable>;
export type NewSessionRow = Insertable<SessionsTable>;
