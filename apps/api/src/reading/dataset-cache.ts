import {
  assembleAgreements,
  assembleTallies,
  type Agreement,
  type CoverageInput,
  type Dataset,
  type TallyAggregate,
} from '@sco/core';
import { loadCoverageInputs, loadDataset, type Db } from '@sco/db';
import { stateKey, type ReadContext } from './read-context.js';

/** A dataset with its agreements and tallies assembled once. */
export interface LoadedDataset {
  readonly dataset: Dataset;
  readonly agreements: readonly Agreement[];
  readonly tallies: readonly TallyAggregate[];
}

/** Takes `key` to the end of a map kept in order of use, and drops the oldest past `capacity`. */
function touch<T>(entries: Map<string, T>, key: string, value: T, capacity: number): void {
  entries.delete(key);
  entries.set(key, value);
  while (entries.size > capacity) {
    const oldest = entries.keys().next().value;
    if (oldest === undefined) break;
    entries.delete(oldest);
  }
}

/**
 * Datasets by state (a release, or the draft at a revision), assembled once and kept: releases never
 * change, and a new draft revision has a new key. Holds a few states at most, dropping the oldest. Beside
 * them, the coverage inputs of the releases that are only compared with (the one before the latest, for
 * the change since it): read narrow (`loadCoverageInputs`), two at most, unless the whole release is here.
 */
export class DatasetCache {
  private readonly entries = new Map<string, Promise<LoadedDataset>>();
  private readonly narrow = new Map<string, Promise<readonly CoverageInput[]>>();

  constructor(
    private readonly db: Db,
    private readonly capacity = 8,
  ) {}

  /** Whether the state of a read is held here whole (loaded, or being loaded). */
  holds(context: ReadContext): boolean {
    return this.entries.has(stateKey(context));
  }

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
    touch(this.entries, key, loading, this.capacity);
    return loading;
  }

  /**
   * The coverage inputs of a release (core's `CoverageInput`, e.g. to compare the coverage of the official
   * tallies with it): its assembled agreements when this cache holds the release, otherwise a narrow read,
   * kept for the next request.
   */
  coverageInputs(release: string): Promise<readonly CoverageInput[]> {
    const key = `release:${release}`;
    const whole = this.entries.get(key);
    if (whole) return whole.then((loaded) => loaded.agreements);
    const kept = this.narrow.get(key);
    const loading = kept ?? loadCoverageInputs(this.db.db, release);
    if (!kept) loading.catch(() => this.narrow.delete(key));
    touch(this.narrow, key, loading, 2);
    return loading;
  }
}
