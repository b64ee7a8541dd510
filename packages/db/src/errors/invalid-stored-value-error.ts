/** A value read from the database is not what this package writes (the row was edited by other means). */
export class InvalidStoredValueError extends Error {
  override readonly name = 'InvalidStoredValueError';
  constructor(
    readonly column: string,
    readonly value: unknown,
  ) {
    super(`unexpected value in column ${column}: ${JSON.stringify(value)}`);
  }
}
