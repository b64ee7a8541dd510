/** A query parameter that cannot be used, e.g. a limit below 1 or a code containing the list delimiter. */
export class InvalidQueryError extends Error {
  override readonly name = 'InvalidQueryError';
  constructor(
    readonly parameter: string,
    readonly value: unknown,
    reason: string,
  ) {
    super(`invalid ${parameter} ${JSON.stringify(value)}: ${reason}`);
  }
}
