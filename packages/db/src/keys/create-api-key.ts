import { InvalidApiKeyNameError } from '../errors/invalid-api-key-name-error.js';
import { UnknownApiKeyRoleError } from '../errors/unknown-api-key-role-error.js';
import type { Executor } from '../transaction.js';
import { fromApiKeyRow, type ApiKey } from './api-key.js';
import { isApiKeyRole } from './api-key-role.js';
import { generateKey } from './api-key-token.js';

export const MAX_KEY_NAME_LENGTH = 100;

export interface NewApiKey {
  /** Who holds the key; recorded as the author of their edits. */
  readonly name: string;
  /** One of API_KEY_ROLES (checked here, so callers may pass what the user typed). */
  readonly role: string;
  /** Who creates it. */
  readonly actor: string;
  readonly now: Date;
}

export interface CreatedApiKey {
  readonly key: ApiKey;
  /** The whole key: returned this once, never stored (only the hash of its secret part is). */
  readonly token: string;
}

function checkedName(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') throw new InvalidApiKeyNameError('it must not be empty');
  if (trimmed.length > MAX_KEY_NAME_LENGTH)
    throw new InvalidApiKeyNameError(`it must be at most ${MAX_KEY_NAME_LENGTH} characters`);
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(trimmed))
    throw new InvalidApiKeyNameError('it must not contain control characters (line breaks, tabs…)');
  return trimmed;
}

/**
 * Creates an API key for a role. Fails with UnknownApiKeyRoleError or InvalidApiKeyNameError. The returned
 * token is the only copy of the key.
 */
export async function createApiKey(db: Executor, input: NewApiKey): Promise<CreatedApiKey> {
  if (!isApiKeyRole(input.role)) throw new UnknownApiKeyRoleError(input.role);
  const name = checkedName(input.name);
  const generated = generateKey();
  const row = {
    id: generated.id,
    name,
    role: input.role,
    prefix: generated.prefix,
    hash: generated.hash,
    created_at: input.now.toISOString(),
    created_by: input.actor,
    last_used_at: null,
    revoked_at: null,
  };
  await db.insertInto('api_keys').values(row).execute();
  return { key: fromApiKeyRow(row), token: generated.token };
}
