/** A published release's partition cannot be written again. */
export class ReleaseImmutableError extends Error {
  override readonly name = 'ReleaseImmutableError';
  constructor(readonly release: string) {
    super(`release ${release} is published and cannot be rewritten`);
  }
}
