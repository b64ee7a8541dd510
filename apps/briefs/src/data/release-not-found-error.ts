/** The release a brief asks for does not exist, or the database holds no release yet. */
export class ReleaseNotFoundError extends Error {
  override readonly name = 'ReleaseNotFoundError';
  constructor(readonly release: string | null) {
    super(
      release === null
        ? 'the database has no release yet: import the data first'
        : `there is no release ${release}`,
    );
  }
}
