/** The name of a key (who holds it) is empty, too long or holds control characters. */
export class InvalidApiKeyNameError extends Error {
  override readonly name = 'InvalidApiKeyNameError';
  constructor(readonly reason: string) {
    super(`invalid key name: ${reason}`);
  }
}
