/** A problem in an investment file, located by file, line and column. */
export class HardInputError extends Error {
  override readonly name = 'HardInputError';
  constructor(
    readonly file: string,
    readonly line: number | null,
    readonly column: string | null,
    readonly problem: string,
  ) {
    const where = [
      file,
      line === null ? null : `line ${line}`,
      column === null ? null : `column "${column}"`,
    ];
    super(`${where.filter((part) => part !== null).join(', ')}: ${problem}`);
  }
}
