import type { Executor } from '../transaction.js';
import { API_KEY_COLUMNS, fromApiKeyRow, type ApiKey } from './api-key.js';

/** Every API key, revoked ones included, oldest first; never their hashes. */
export async function listApiKeys(db: Executor): Promise<ApiKey[]> {
  const rows = await db
    .selectFrom('api_keys')
    .select(API_KEY_COLUMNS)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(fromApiKeyRow);
}
