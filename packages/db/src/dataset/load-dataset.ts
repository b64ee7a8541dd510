import type { Dataset } from '@sco/core';
import { assertPartition, DRAFT, type Partition } from '../partition/partition.js';
import { latestRelease } from '../releases/latest-release.js';
import { tablesFromRows } from '../rows/tables-from-rows.js';
import type { Executor } from '../transaction.js';

/** The version a draft reports before the first release. */
export const UNRELEASED_VERSION = '0.0.0';

/**
 * Reads a partition back as a dataset, every table in canonical order. Its version is the release id for a
 * release partition; for the draft, the latest release's id (the release the draft started from), or
 * "0.0.0" before the first release. An empty or unknown partition gives empty tables.
 */
export async function loadDataset(db: Executor, partition: Partition): Promise<Dataset> {
  assertPartition(partition);
  const [
    organisations,
    institutions,
    agreements,
    parties,
    sources,
    provisions,
    relations,
    tallies,
    curation,
    hard,
  ] = await Promise.all([
    db.selectFrom('organisations').selectAll().where('release_id', '=', partition).execute(),
    db.selectFrom('institutions').selectAll().where('release_id', '=', partition).execute(),
    db.selectFrom('agreements').selectAll().where('release_id', '=', partition).execute(),
    db.selectFrom('parties').selectAll().where('release_id', '=', partition).execute(),
    db.selectFrom('sources').selectAll().where('release_id', '=', partition).execute(),
    db.selectFrom('provisions').selectAll().where('release_id', '=', partition).execute(),
    db.selectFrom('relations').selectAll().where('release_id', '=', partition).execute(),
    db.selectFrom('official_tallies').selectAll().where('release_id', '=', partition).execute(),
    db
      .selectFrom('curation_log')
      .selectAll()
      .where('release_id', '=', partition)
      .orderBy('position')
      .execute(),
    db.selectFrom('hard_connectivity').selectAll().where('release_id', '=', partition).execute(),
  ]);
  const version = partition === DRAFT ? ((await latestRelease(db))?.id ?? UNRELEASED_VERSION) : partition;
  return {
    version,
    tables: tablesFromRows({
      organisations,
      institutions,
      agreements,
      parties,
      sources,
      provisions,
      relations,
      official_tallies: tallies,
      curation_log: curation,
      hard_connectivity: hard,
    }),
  };
}
