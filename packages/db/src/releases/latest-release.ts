import type { Release } from '@sco/core';
import type { Executor } from '../transaction.js';
import { fromReleaseRow } from './release-row.js';

/** The most recent release, or undefined before the first. */
export async function latestRelease(db: Executor): Promise<Release | undefined> {
  const row = await db.selectFrom('releases').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row && fromReleaseRow(row);
}
