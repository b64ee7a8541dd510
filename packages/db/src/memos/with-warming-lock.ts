import { sql, type Kysely } from 'kysely';
import { importTimeoutOf } from '../bulk-transaction.js';
import { dialectOf } from '../dialect-of.js';
import type { DB } from '../schema/database.js';

/** The session lock of the process that computes memos ahead (PostgreSQL). */
const WARMING_LOCK = 7_301_240_016;

/**
 * Runs `work` as the one process that computes memos ahead: on PostgreSQL, on one connection of its own, it
 * takes a session advisory lock first and returns `skipped` when another process holds it (that one is
 * computing; this one's requests compute on a miss as before), and the connection's statements run under
 * the bulk writes' bound (SCO_DB_IMPORT_TIMEOUT_MS) rather than the pool's short one: over a million
 * agreements a grouped count takes seconds. The lock and the bound end with `work`. Behind PgBouncer in
 * transaction mode a session lock does not hold: two processes may then compute the same memos, which
 * costs time, not correctness.
 */
export async function withWarmingLock<R>(
  db: Kysely<DB>,
  work: (conn: Kysely<DB>) => Promise<R>,
): Promise<R | 'skipped'> {
  // SQLite: one process, one connection, which work shares with the requests between its statements.
  if (dialectOf(db) !== 'postgres') return await work(db);
  const bound = Math.trunc(importTimeoutOf(db));
  return await db.connection().execute(async (conn) => {
    const { rows } = await sql<{
      locked: boolean;
    }>`select pg_try_advisory_lock(${sql.lit(WARMING_LOCK)}) as locked`.execute(conn);
    if (rows[0]?.locked !== true) return 'skipped';
    try {
      await sql`set statement_timeout = ${sql.lit(bound)}`.execute(conn);
      return await work(conn);
    } finally {
      await sql`reset statement_timeout`.execute(conn);
      await sql`select pg_advisory_unlock(${sql.lit(WARMING_LOCK)})`.execute(conn);
    }
  });
}
