import type { Release } from '@sco/core';
import type { Executor } from '../transaction.js';
import { fromReleaseRow } from './release-row.js';

/**
 * The release published just before the one named (by publication order), or undefined when it is the
 * first or does not exist. A release never changes, so neither does the one before it.
 */
export async function previousRelease(db: Executor, id: string): Promise<Release | undefined> {
  const row = await db
    .selectFrom('releases')
    .selectAll()
    .where('seq', '<', db.selectFrom('releases').select('seq').where('id', '=', id))
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && fromReleaseRow(row);
}
