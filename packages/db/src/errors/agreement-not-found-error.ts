/** No agreement with this id in the partition. */
export class AgreementNotFoundError extends Error {
  override readonly name = 'AgreementNotFoundError';
  constructor(
    readonly id: string,
    readonly partition: string,
  ) {
    super(`agreement ${id} does not exist in ${partition}`);
  }
}
