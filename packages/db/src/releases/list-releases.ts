import type { Release } from '@sco/core';
import type { Executor } from '../transaction.js';
import { fromReleaseRow } from './release-row.js';

/** Every release, newest first. */
export async function listReleases(db: Executor): Promise<Release[]> {
  const rows = await db.selectFrom('releases').selectAll().orderBy('seq', 'desc').execute();
  return rows.map(fromReleaseRow);
}
