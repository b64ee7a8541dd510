/** A partition is "draft" or a release id such as "1.2.0". */
export class InvalidPartitionError extends Error {
  override readonly name = 'InvalidPartitionError';
  constructor(readonly partition: string) {
    super(`"${partition}" is not a partition: expected "draft" or a release id such as "1.2.0"`);
  }
}
