/**
 * A slice of a data package that the import in slices cannot take: reference records (institutions,
 * organisations, tallies and their sources, the curation log, hard connectivity) after the first slice, or
 * another version than the first slice's.
 */
export class InvalidSliceError extends Error {
  override readonly name = 'InvalidSliceError';
  constructor(
    readonly slice: number,
    readonly problem: string,
  ) {
    super(`slice ${slice} of the data package: ${problem}`);
  }
}
