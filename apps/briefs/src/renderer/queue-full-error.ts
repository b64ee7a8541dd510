/** The render queue holds as many briefs as it may: try again later. */
export class QueueFullError extends Error {
  override readonly name = 'QueueFullError';
  constructor(
    readonly running: number,
    readonly queued: number,
  ) {
    super(`the brief renderer is busy: ${running} rendering and ${queued} waiting, which is all it holds`);
  }
}
