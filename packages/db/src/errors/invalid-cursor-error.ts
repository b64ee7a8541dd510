/** A pagination cursor that this query did not hand out. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError';
  constructor(
    readonly cursor: string,
    readonly reason: string,
  ) {
    super(`invalid cursor "${cursor}": ${reason}`);
  }
}
