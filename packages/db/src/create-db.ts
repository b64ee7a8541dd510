import SqliteDatabase from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import { setImportTimeout } from './bulk-transaction.js';
import { preparingStatements } from './postgres-statements.js';
import { reusingStatements } from './sqlite-statements.js';
import type { DB } from './schema/database.js';

export type DbDialect = 'sqlite' | 'postgres';

/** Where the database is: a SQLite file, or a PostgreSQL server. */
export type DbConfig =
  | { readonly dialect: 'sqlite'; readonly file: string }
  | { readonly dialect: 'postgres'; readonly url: string; readonly pool?: PgPoolSettings };

/** The bounds of a PostgreSQL pool (packages/config reads them from the environment). */
export interface PgPoolSettings {
  readonly max: number;
  readonly connectionTimeoutMs: number;
  readonly statementTimeoutMs: number;
  /**
   * The statement_timeout of the long bulk writes (imports, release publications, migrations), set inside
   * their own transaction; DEFAULT_IMPORT_TIMEOUT_MS when absent.
   */
  readonly importTimeoutMs?: number;
  readonly applicationName: string;
  /**
   * Whether statements marked for it (a listing's page) run as named prepared statements
   * (`preparingStatements`); true when absent. Off behind a pooler that cannot carry them.
   */
  readonly preparedStatements?: boolean;
}

/** Without settings: never wait forever for a connection or a statement. */
const DEFAULT_PG_POOL: PgPoolSettings = {
  max: 10,
  connectionTimeoutMs: 5_000,
  statementTimeoutMs: 30_000,
  applicationName: 'sco',
};

export interface Db {
  readonly db: Kysely<DB>;
  readonly dialect: DbDialect;
  /** The PostgreSQL pool, for what shares it (rate-limit counters, the brief queue); null on SQLite. */
  readonly pgPool?: pg.Pool | null;
  /** Closes the SQLite file or the PostgreSQL pool. */
  close(): Promise<void>;
}

/** How long SQLite waits for another connection's write lock before failing, in milliseconds. */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

export interface DbOptions {
  /**
   * Called when a pooled PostgreSQL connection fails (the server restarted, the network was cut), idle or
   * in use; the pool drops it and opens a new one when needed, and the query under way (if any) fails on
   * its own. Reported on stderr by default.
   */
  readonly onPoolError?: (error: Error) => void;
}

function reportPoolError(error: Error): void {
  console.error(`PostgreSQL: a pooled connection failed: ${error.message}`);
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
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: reusingStatements(database) }) });
    return { db, dialect: 'sqlite', close: () => db.destroy() };
  }
  const settings = config.pool ?? DEFAULT_PG_POOL;
  const pool = new pg.Pool({
    connectionString: config.url,
    max: settings.max,
    connectionTimeoutMillis: settings.connectionTimeoutMs,
    statement_timeout: settings.statementTimeoutMs,
    application_name: settings.applicationName,
    idleTimeoutMillis: 30_000,
  });
  const onError = options.onPoolError ?? reportPoolError;
  // The pool listens to its idle connections only: a connection that breaks while it is checked out (its
  // query fails, and node-postgres emits 'error' on the connection as well) would emit it to nobody, which
  // ends the process. Every connection gets a listener of its own for its whole life.
  pool.on('connect', (client) => {
    client.on('error', onError);
  });
  // The pool passes an idle connection's failure on as well: reported above already, by the connection.
  pool.on('error', () => undefined);
  // Statements marked to be prepared (a listing's page) are run by name: see preparingStatements.
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({
      pool: settings.preparedStatements === false ? pool : preparingStatements(pool),
    }),
  });
  if (settings.importTimeoutMs !== undefined) setImportTimeout(db, settings.importTimeoutMs);
  return { db, dialect: 'postgres', pgPool: pool, close: () => db.destroy() };
}
