import { assembleTallies, type TallyAggregate } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import { tablesFromRows } from '../rows/tables-from-rows.js';
import type { Executor } from '../transaction.js';

/**
 * The official tallies of a partition with their sources, assembled as from the whole partition
 * (`assembleTallies`), from the tallies' rows and their own sources only: a few dozen rows, whatever the
 * number of agreements.
 */
export async function loadTallies(db: Executor, partition: Partition): Promise<TallyAggregate[]> {
  assertPartition(partition);
  const [tallies, sources] = await Promise.all([
    db.selectFrom('official_tallies').selectAll().where('release_id', '=', partition).execute(),
    db
      .selectFrom('sources')
      .selectAll()
      .where('release_id', '=', partition)
      .where('subject_type', '=', 'tally')
      .execute(),
  ]);
  return assembleTallies({
    version: partition,
    tables: tablesFromRows({ official_tallies: tallies, sources }),
  });
}
