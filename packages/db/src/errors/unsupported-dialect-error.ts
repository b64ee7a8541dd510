/** The Kysely instance runs on an engine other than SQLite or PostgreSQL. */
export class UnsupportedDialectError extends Error {
  override readonly name = 'UnsupportedDialectError';
  constructor(readonly adapter: string) {
    super(`unsupported database adapter "${adapter}": expected SQLite or PostgreSQL`);
  }
}
