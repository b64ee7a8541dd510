import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { DB } from './schema/database.js';

export type DbDialect = 'sqlite' | 'postgres';

/** Where the database is: a SQLite file, or a PostgreSQL server. */
export type DbConfig =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string };

export interface Db {
  readonly db: Kysely<DB>;
  readonly dialect: DbDialect;
  /** Closes the SQLite file or the PostgreSQL pool. */
  close(): Promise<void>;
}

/** How long SQLite waits for another connection's write lock before failing, in milliseconds. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

export interface DbOptions {
  /**
   * Called when an idle pooled PostgreSQL connection fails (e.g. the server restarted); the pool drops it
   * and opens a new one when needed. Reported on stderr by default.
   */
  readonly onPoolError?: (error: Error) => void;
}

function reportPoolError(error: Error): void {
  console.error(`PostgreSQL: an idle pooled connection failed: ${error.message}`);
}

/**
 * Opens the database. SQLite runs in WAL mode with foreign keys enforced; PostgreSQL through a pool. The
 * schema is not touched: run `migrateToLatest` next.
 */
export function createDb(config: DbConfig, options: DbOptions = {}): Db {
  if (config.dialect === 'sqlite') {
    const database = new SqliteDatabase(config.file);
    database.pragma('journal_mode = WAL');
    database.pragma('foreign_keys = ON');
    database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const pool = new pg.Pool({ connectionString: config.url });
  pool.on('error', options.onPoolError ?? reportPoolError);
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', close: () => db.destroy() };
}
