import { sql, type Transaction } from 'kysely';
import { dialectOf } from '../dialect-of.js';
import type { DB } from '../schema/database.js';

/** Advisory lock key of the draft partition (any constant shared by every process of the application). */
const DRAFT_LOCK_KEY = 7_263_951;

/**
 * Serialises the transactions that write the draft, releases or the changelog, so that each one sees the
 * draft as the previous one left it. PostgreSQL: a transaction-scoped advisory lock. SQLite already has a
 * single writer.
 */
export async function lockDraft(trx: Transaction<DB>): Promise<void> {
  if (dialectOf(trx) === 'postgres') await sql`select pg_advisory_xact_lock(${DRAFT_LOCK_KEY})`.execute(trx);
}
