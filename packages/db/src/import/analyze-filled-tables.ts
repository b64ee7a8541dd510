import { TABLE_NAMES } from '@sco/core';
import { sql } from 'kysely';
import { dialectOf } from '../dialect-of.js';
import type { Executor } from '../transaction.js';

/** The tables an import fills: the dataset's, in the draft and the release's partition, and the changelog. */
export const IMPORTED_TABLES: readonly string[] = [...TABLE_NAMES, 'changes', 'releases'];

/**
 * Gives PostgreSQL's planner statistics of the tables an import filled (ANALYZE), at the end of its
 * transaction: right after a bulk load autovacuum has not run yet, and the planner would guess row counts
 * and selectivities from defaults. ANALYZE samples the rows the transaction wrote, and its statistics commit
 * with them. On SQLite nothing is run (no sqlite_stat1: its plans follow the indexes alone).
 */
export async function analyzeFilledTables(db: Executor): Promise<void> {
  if (dialectOf(db) !== 'postgres') return;
  await sql`analyze ${sql.join(IMPORTED_TABLES.map((table) => sql.table(table)))}`.execute(db);
}
