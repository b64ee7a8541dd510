/** A filter value that cannot be matched, e.g. a code containing the list delimiter. */
export class InvalidFilterError extends Error {
  override readonly name = 'InvalidFilterError';
  constructor(
    readonly filter: string,
    readonly value: string,
    reason: string,
  ) {
    super(`invalid ${filter} filter "${value}": ${reason}`);
  }
}
