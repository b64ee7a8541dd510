import { sql } from 'kysely';
import { importTimeoutOf } from '../bulk-transaction.js';
import { dialectOf } from '../dialect-of.js';
import type { Executor } from '../transaction.js';
import { IMPORTED_TABLES } from './analyze-filled-tables.js';

/**
 * Vacuums the tables an import filled, once its transaction has committed (PostgreSQL only). A bulk load
 * leaves every page of a table unmarked in its visibility map until autovacuum comes round, and until then
 * the planner cannot answer a count from an index alone (decision 19's covering index of the counted
 * columns): it reads the table. VACUUM cannot run inside a transaction block, so nothing is run when `db`
 * is one (the caller's transaction: autovacuum follows later) or on SQLite.
 *
 * It runs on one connection under the import's bound (the pool's short statement_timeout is for reads),
 * and puts that connection's own bound back before returning it to the pool. The import has committed by
 * then: a VACUUM that fails only leaves the work to autovacuum, so it never fails the import.
 */
export async function vacuumFilledTables(db: Executor): Promise<boolean> {
  if (dialectOf(db) !== 'postgres' || db.isTransaction) return false;
  const bound = Math.trunc(importTimeoutOf(db));
  try {
    await db.connection().execute(async (connection) => {
      const { rows } = await sql<{ statement_timeout: string }>`show statement_timeout`.execute(connection);
      const before = rows[0]?.statement_timeout ?? '0';
      // SET takes no parameters: the bound is an integer the configuration parsed; `before` is the server's.
      await sql`set statement_timeout = ${sql.lit(bound)}`.execute(connection);
      try {
        await sql`vacuum ${sql.join(IMPORTED_TABLES.map((table) => sql.table(table)))}`.execute(connection);
      } finally {
        await sql`set statement_timeout = ${sql.lit(before)}`.execute(connection);
      }
    });
    return true;
  } catch {
    return false;
  }
}
