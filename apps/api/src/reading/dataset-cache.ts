import {
  assembleAgreements,
  assembleTallies,
  type Agreement,
  type Dataset,
  type TallyAggregate,
} from '@sco/core';
import { loadDataset, type Db } from '@sco/db';
import { stateKey, type ReadContext } from './read-context.js';

/** A dataset with its agreements and tallies assembled once. */
export interface LoadedDataset {
  readonly dataset: Dataset;
  readonly agreements: readonly Agreement[];
  readonly tallies: readonly TallyAggregate[];
}

/**
 * Datasets by state (a release, or the draft at a revision), assembled once and kept: releases never
 * change, and a new draft revision has a new key. Holds a few states at most, dropping the oldest.
 */
export class DatasetCache {
  private readonly entries = new Map<string, Promise<LoadedDataset>>();

  constructor(
    private readonly db: Db,
    private readonly capacity = 8,
  ) {}

  get(context: ReadContext): Promise<LoadedDataset> {
    const key = stateKey(context);
    const cached = this.entries.get(key);
    if (cached) {
      this.entries.delete(key);
      this.entries.set(key, cached);
      return cached;
    }
    const loading = loadDataset(this.db.db, context.partition).then((dataset) => ({
      dataset,
      agreements: assembleAgreements(dataset),
      tallies: assembleTallies(dataset),
    }));
    loading.catch(() => this.entries.delete(key));
    this.entries.set(key, loading);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return loading;
  }
}
