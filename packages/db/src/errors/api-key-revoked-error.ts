/** The key was revoked already (revoking is final). */
export class ApiKeyRevokedError extends Error {
  override readonly name = 'ApiKeyRevokedError';
  constructor(
    readonly id: string,
    readonly revoked_at: string,
  ) {
    super(`API key ${id} was already revoked at ${revoked_at}`);
  }
}
