import { TABLE_NAMES } from '@sco/core';
import { sql } from 'kysely';
import { PARTITIONED_TABLES } from '../schema/partitioned-tables.js';
import type { Executor } from '../transaction.js';

/** Copies every row of one partition into another, inside the database (INSERT … SELECT). */
export async function copyPartition(db: Executor, from: string, to: string): Promise<void> {
  for (const table of TABLE_NAMES) {
    const columns = PARTITIONED_TABLES[table].filter((column) => column !== 'release_id');
    const list = sql.join(columns.map((column) => sql.ref(column)));
    await sql`insert into ${sql.table(table)} (release_id, ${list})
      select ${sql.val(to)}, ${list} from ${sql.table(table)} where release_id = ${from}`.execute(db);
  }
}
