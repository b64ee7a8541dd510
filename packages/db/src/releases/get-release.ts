import type { Release } from '@sco/core';
import type { Executor } from '../transaction.js';
import { fromReleaseRow } from './release-row.js';

/** One release, or undefined when there is none with this id. */
export async function getRelease(db: Executor, id: string): Promise<Release | undefined> {
  const row = await db.selectFrom('releases').selectAll().where('id', '=', id).executeTakeFirst();
  return row && fromReleaseRow(row);
}
