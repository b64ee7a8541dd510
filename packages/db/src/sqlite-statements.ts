import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';

/** How many prepared statements a SQLite database keeps for reuse. */
export const SQLITE_STATEMENT_CACHE_SIZE = 256;

/**
 * The SQLite database as Kysely's dialect uses it, with its statements prepared once per SQL text and
 * reused: Kysely prepares every query it runs, and on a page read that misses the response cache preparing
 * cost about half as much as running the query. A statement that is busy (a streamed read still iterating
 * over it) is never handed out again: that query gets a statement of its own. SQLite re-prepares a kept
 * statement by itself when a migration changes the schema. The least recently used statement goes first.
 */
export function reusingStatements(
  database: SqliteDatabase.Database,
  size = SQLITE_STATEMENT_CACHE_SIZE,
): KyselySqliteDatabase {
  const statements = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql: string): SqliteStatement => {
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
