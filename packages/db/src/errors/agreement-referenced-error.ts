/** An agreement cannot be deleted while other agreements' relations point at it. */
export class AgreementReferencedError extends Error {
  override readonly name = 'AgreementReferencedError';
  constructor(
    readonly id: string,
    readonly referrers: readonly string[],
  ) {
    super(
      `agreement ${id} cannot be deleted: ${referrers.join(', ')} relate${referrers.length === 1 ? 's' : ''} to it`,
    );
  }
}
