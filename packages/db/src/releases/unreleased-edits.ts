import { diffAggregates, emptyTables, toAggregates, type ChangeDraft, type Release } from '@sco/core';
import { loadDataset, UNRELEASED_VERSION } from '../dataset/load-dataset.js';
import { DRAFT } from '../partition/partition.js';
import type { Executor } from '../transaction.js';

/**
 * How the draft differs from the latest release (from an empty dataset before the first release): the
 * edits made in the database that no release contains yet.
 */
export async function unreleasedEdits(db: Executor, latest: Release | undefined): Promise<ChangeDraft[]> {
  const base = latest
    ? await loadDataset(db, latest.id)
    : { version: UNRELEASED_VERSION, tables: emptyTables() };
  const draft = await loadDataset(db, DRAFT);
  return diffAggregates(toAggregates(base), toAggregates(draft));
}
