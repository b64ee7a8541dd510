import { TABLE_NAMES } from '@sco/core';
import type { Kysely } from 'kysely';
import type { DB } from '../schema/database.js';

const TABLES = [...TABLE_NAMES, 'releases', 'changes'] as const satisfies readonly (keyof DB)[];

/** Every row of every table, in a stable order: to check that a failed operation wrote nothing. */
export async function snapshot(db: Kysely<DB>): Promise<Record<string, string[]>> {
  const result: Record<string, string[]> = {};
  for (const table of TABLES) {
    const rows = await db.selectFrom(table).selectAll().execute();
    result[table] = rows.map((row) => JSON.stringify(row)).sort();
  }
  return result;
}
