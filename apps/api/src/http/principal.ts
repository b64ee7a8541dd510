import { API_KEY_ROLES, type ApiKeyRole } from '@sco/db';

/** Roles of API keys, from least to most powerful: the one list, kept with the keys in @sco/db. */
export const ROLES = API_KEY_ROLES;
export type Role = ApiKeyRole;

/** Who is calling: the API key that authenticated the request. */
export interface Principal {
  readonly keyId: string;
  readonly name: string;
  readonly role: Role;
}
