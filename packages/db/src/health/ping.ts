import { sql } from 'kysely';
import type { Executor } from '../transaction.js';

/** Resolves when the database answers a trivial query; rejects with the driver's error otherwise. */
export async function ping(db: Executor): Promise<void> {
  await sql`select 1`.execute(db);
}
