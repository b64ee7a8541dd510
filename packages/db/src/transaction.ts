import { Transaction, type Kysely } from 'kysely';
import type { DB } from './schema/database.js';

/** Either a Kysely instance or a transaction: what every repository function accepts. */
export type Executor = Kysely<DB> | Transaction<DB>;

/**
 * Runs `work` in a transaction: the caller's, when `db` already is one (so that repository functions compose
 * into one atomic unit), or a new one that commits when `work` resolves and rolls back when it throws.
 */
export function inTransaction<R>(db: Executor, work: (trx: Transaction<DB>) => Promise<R>): Promise<R> {
  if (db instanceof Transaction) return work(db as Transaction<DB>);
  return db.transaction().execute(work);
}
