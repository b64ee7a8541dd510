/** Release ids are semantic versions such as "1.2.0". */
export class InvalidReleaseIdError extends Error {
  override readonly name = 'InvalidReleaseIdError';
  constructor(readonly id: string) {
    super(`"${id}" is not a release id: expected a version such as "1.2.0"`);
  }
}
