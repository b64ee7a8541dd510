import type { DbConfig, DbDialect } from '../create-db.js';

/** An engine the tests run on. */
export interface TestDatabase {
  readonly dialect: DbDialect;
  /** Creates a fresh, empty database of its own (unique per call, so test files can run in parallel). */
  create(): Promise<TestDatabaseInstance>;
}

export interface TestDatabaseInstance {
  readonly config: DbConfig;
  /** Removes the database (close every connection to it first). */
  drop(): Promise<void>;
}
