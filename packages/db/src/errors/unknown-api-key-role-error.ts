import { API_KEY_ROLES } from '../keys/api-key-role.js';

/** A key was asked for with a role that does not exist. */
export class UnknownApiKeyRoleError extends Error {
  override readonly name = 'UnknownApiKeyRoleError';
  constructor(readonly role: string) {
    super(`unknown role "${role}": expected one of ${API_KEY_ROLES.join(', ')}`);
  }
}
