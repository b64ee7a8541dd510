import { latestCumulativeTally, type OfficialTallyRecord } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import { fromOfficialTallyRow } from '../rows/official-tally-row.js';
import type { Executor } from '../transaction.js';

/** The latest cumulative tally of a partition (core's `latestCumulativeTally`), or null: a small table. */
export async function readLatestTally(
  db: Executor,
  partition: Partition,
): Promise<OfficialTallyRecord | null> {
  assertPartition(partition);
  const rows = await db
    .selectFrom('official_tallies')
    .selectAll()
    .where('release_id', '=', partition)
    .where('series', '=', 'cumulative')
    .execute();
  return latestCumulativeTally(rows.map(fromOfficialTallyRow));
}
