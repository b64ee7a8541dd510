/** The subject of a brief (a partner code) is not in the release the brief is built from. */
export class UnknownSubjectError extends Error {
  override readonly name = 'UnknownSubjectError';
  constructor(
    readonly template: string,
    readonly subject: string,
    readonly release: string,
  ) {
    super(`"${subject}" is not a partner in data release ${release}: no agreement names it`);
  }
}
