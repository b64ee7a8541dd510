import { sql, Transaction } from 'kysely';
import { dialectOf } from './dialect-of.js';
import type { DB } from './schema/database.js';
import type { Executor } from './transaction.js';

/** The statement_timeout of the bulk writes when createDb was given none: one hour, never unbounded. */
export const DEFAULT_IMPORT_TIMEOUT_MS = 3_600_000;

/** The bound of each PostgreSQL instance createDb opened (SCO_DB_IMPORT_TIMEOUT_MS). */
const importTimeouts = new WeakMap<object, number>();

/** Records the bulk writes' statement_timeout of an instance (createDb calls it). */
export function setImportTimeout(db: object, ms: number): void {
  importTimeouts.set(db, ms);
}

/** The bulk writes' statement_timeout of an instance, in ms. */
export function importTimeoutOf(db: object): number {
  return importTimeouts.get(db) ?? DEFAULT_IMPORT_TIMEOUT_MS;
}

/**
 * Runs a long bulk write (a data package import, a hard-connectivity import, a release publication) in a
 * transaction whose statements may run up to the import bound instead of the pool's short statement_timeout:
 * on PostgreSQL the transaction starts with `SET LOCAL statement_timeout`, which ends with it, so the
 * connection goes back to the pool with the short bound of the API's reads. Inside the caller's transaction
 * (`db` already is one) the work joins it, under the bound the caller chose.
 */
export function inBulkTransaction<R>(db: Executor, work: (trx: Transaction<DB>) => Promise<R>): Promise<R> {
  if (db instanceof Transaction) return work(db as Transaction<DB>);
  return db.transaction().execute(async (trx) => {
    if (dialectOf(trx) === 'postgres') {
      // SET takes no parameters: the bound is an integer the configuration parsed.
      await sql`set local statement_timeout = ${sql.lit(Math.trunc(importTimeoutOf(db)))}`.execute(trx);
    }
    return await work(trx);
  });
}
