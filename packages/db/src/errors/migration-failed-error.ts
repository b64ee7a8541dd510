/** A migration failed; the database is left at the last migration that succeeded. */
export class MigrationFailedError extends Error {
  override readonly name = 'MigrationFailedError';
  constructor(
    readonly migration: string | null,
    options: { cause: unknown },
  ) {
    const reason = options.cause instanceof Error ? options.cause.message : String(options.cause);
    super(migration ? `migration "${migration}" failed: ${reason}` : `migrating failed: ${reason}`, options);
  }
}
