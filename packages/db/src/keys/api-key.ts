import type { ApiKeyRow } from '../schema/api-keys-table.js';
import type { ApiKeyRole } from './api-key-role.js';

/** An API key as it may be shown: everything but its hash. */
export interface ApiKey {
  readonly id: string;
  readonly name: string;
  readonly role: ApiKeyRole;
  readonly prefix: string;
  readonly created_at: string;
  readonly created_by: string;
  readonly last_used_at: string | null;
  readonly revoked_at: string | null;
}

/** Who a valid key authenticates. */
export interface ApiKeyPrincipal {
  readonly keyId: string;
  readonly name: string;
  readonly role: ApiKeyRole;
}

/** The columns of an ApiKey: every column but the hash. */
export const API_KEY_COLUMNS = [
  'id',
  'name',
  'role',
  'prefix',
  'created_at',
  'created_by',
  'last_used_at',
  'revoked_at',
] as const satisfies readonly (keyof ApiKeyRow)[];

export function fromApiKeyRow(row: Omit<ApiKeyRow, 'hash'>): ApiKey {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    prefix: row.prefix,
    created_at: row.created_at,
    created_by: row.created_by,
    last_used_at: row.last_used_at,
    revoked_at: row.revoked_at,
  };
}
