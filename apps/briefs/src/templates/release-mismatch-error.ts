/** A request names one release and the data given to build it is another. */
export class ReleaseMismatchError extends Error {
  override readonly name = 'ReleaseMismatchError';
  constructor(
    readonly requested: string,
    readonly loaded: string,
  ) {
    super(`the brief asks for data release ${requested} but was given release ${loaded}`);
  }
}
