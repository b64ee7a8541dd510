import type { Insertable } from 'kysely';
import type { DB } from '../schema/database.js';
import type { Executor } from '../transaction.js';

/** Bound parameters per statement, under both SQLite's (32766) and PostgreSQL's (65535) limits. */
const MAX_PARAMETERS = 30000;

/** Inserts rows in as few statements as the engines' parameter limits allow. */
export async function insertRows<T extends keyof DB>(
  db: Executor,
  table: T,
  rows: readonly Insertable<DB[T]>[],
): Promise<void> {
  const first = rows[0];
  if (first === undefined) return;
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / Object.keys(first).length));
  for (let start = 0; start < rows.length; start += size) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + size))
      .execute();
  }
}
