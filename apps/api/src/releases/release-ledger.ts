import type { Release } from '@sco/core';
import { loadDataset, type Db } from '@sco/db';
import { dataPackageZip, type DataPackageZip } from './datapackage-zip.js';
import { readReleaseChanges, type ReleaseChanges } from './release-changes.js';
import { releaseTotals, type ReleaseTotals } from './release-totals.js';

/** How many zipped data packages are kept in memory (the newest releases are the ones downloaded). */
const ZIP_CAPACITY = 4;

/**
 * What is known about published releases, computed once: a release never changes once it is cut (its
 * partition is immutable and its change entries were stamped in the same transaction). Only ever asked
 * about releases read from the releases table.
 */
export class ReleaseLedger {
  private readonly changes = new Map<string, Promise<ReleaseChanges>>();
  private readonly totals = new Map<string, Promise<ReleaseTotals>>();
  private readonly zips = new Map<string, Promise<DataPackageZip>>();

  constructor(private readonly db: Db) {}

  changesOf(releaseId: string): Promise<ReleaseChanges> {
    return remember(this.changes, releaseId, () => readReleaseChanges(this.db.db, releaseId));
  }

  totalsOf(releaseId: string): Promise<ReleaseTotals> {
    return remember(this.totals, releaseId, async () =>
      releaseTotals(await loadDataset(this.db.db, releaseId)),
    );
  }

  zipOf(release: Release): Promise<DataPackageZip> {
    const zip = remember(this.zips, release.id, async () =>
      dataPackageZip(await loadDataset(this.db.db, release.id), release),
    );
    // Most recently used last; the least recently used goes first.
    this.zips.delete(release.id);
    this.zips.set(release.id, zip);
    while (this.zips.size > ZIP_CAPACITY) {
      const oldest = this.zips.keys().next().value;
      if (oldest === undefined) break;
      this.zips.delete(oldest);
    }
    return zip;
  }
}

/** The cached promise for `key`, or a new one; a failure is forgotten so that the next call retries. */
function remember<T>(cache: Map<string, Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const cached = cache.get(key);
  if (cached) return cached;
  const loading = load();
  loading.catch(() => cache.delete(key));
  cache.set(key, loading);
  return loading;
}

const ledgers = new WeakMap<Db, ReleaseLedger>();

/** The one ledger of a database, shared by the routes that describe releases (releases, feed). */
export function releaseLedger(db: Db): ReleaseLedger {
  let ledger = ledgers.get(db);
  if (!ledger) {
    ledger = new ReleaseLedger(db);
    ledgers.set(db, ledger);
  }
  return ledger;
}
