import type { Insertable, Selectable, Updateable } from 'kysely';
import type { ApiKeyRole } from '../keys/api-key-role.js';

/**
 * API keys: who may edit through the API, and with which role. Only the SHA-256 hash of a key's secret part
 * is stored; the key itself is shown once, when it is created.
 */
export interface ApiKeysTable {
  id: string;
  /** Who holds the key (a person or a team): recorded as the author of their edits. */
  name: string;
  role: ApiKeyRole;
  /** The public part of the key (`sco_<prefix>_<secret>`), to find it; unique. */
  prefix: string;
  /** SHA-256 of the secret part, hex. */
  hash: string;
  /** ISO 8601 instant (UTC). */
  created_at: string;
  created_by: string;
  /** ISO 8601 instant (UTC), updated at most once a minute; null until first used. */
  last_used_at: string | null;
  /** ISO 8601 instant (UTC); null while the key is valid. */
  revoked_at: string | null;
}

export type ApiKeyRow = Selectable<ApiKeysTable>;
export type NewApiKeyRow = Insertable<ApiKeysTable>;
export type ApiKeyUpdate = Updateable<ApiKeysTable>;
