import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';

/** How many prepared statements a SQLite database keeps for reuse. */
export const SQLITE_STATEMENT_CACHE_SIZE = 256;

/**
 * The longest SQL text whose statement is kept, in characters. A prepared statement's memory grows with its
 * text (about 40 bytes a character: a multi-row insert of 30,000 parameters holds about 3 MB), and the texts
 * of bulk inserts differ from slice to slice (their last chunk's row count), so keeping them filled the cache
 * with statements used once: an import in slices grew by about 50 MB per 100,000 agreements until the cache
 * was full. The reads of the API are under 3,000 characters.
 */
export const SQLITE_KEPT_SQL_MAX_LENGTH = 8192;

/**
 * The SQLite database as Kysely's dialect uses it, with its statements prepared once per SQL text and
 * reused: Kysely prepares every query it runs, and on a page read that misses the response cache preparing
 * cost about half as much as running the query. A statement that is busy (a streamed read still iterating
 * over it) is never handed out again: that query gets a statement of its own. SQLite re-prepares a kept
 * statement by itself when a migration changes the schema. The least recently used statement goes first. A
 * statement whose text is longer than `maxLength` (a bulk insert) is prepared for its one use and not kept:
 * it is finalised when it is garbage-collected.
 */
export function reusingStatements(
  database: SqliteDatabase.Database,
  size = SQLITE_STATEMENT_CACHE_SIZE,
  maxLength = SQLITE_KEPT_SQL_MAX_LENGTH,
): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql: string): SqliteStatement => {
      if (sql.length > maxLength) return database.prepare(sql);
      const kept = statements.get(sql);
      if (kept !== undefined) {
        if (kept.busy) return database.prepare(sql);
        statements.delete(sql);
        statements.set(sql, kept);
        return kept;
      }
      const statement = database.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > size) {
        const oldest = statements.keys().next();
        if (!oldest.done) statements.delete(oldest.value);
      }
      return statement;
    },
  };
}
