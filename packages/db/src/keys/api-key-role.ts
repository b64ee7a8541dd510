/**
 * The roles an API key can have, from least to most powerful: the one list of them (the API's role checks,
 * the CLI's choices and the repositories all use it). `communications` renders PDF briefs (the brief studio
 * and /v1/briefs) and edits nothing; `editor` edits the draft; `admin` also publishes releases. The database
 * stores the role as text without a check constraint, so a new role needs no migration.
 */
export const API_KEY_ROLES = ['communications', 'editor', 'admin'] as const;
export type ApiKeyRole = (typeof API_KEY_ROLES)[number];

export function isApiKeyRole(value: string): value is ApiKeyRole {
  return (API_KEY_ROLES as readonly string[]).includes(value);
}
