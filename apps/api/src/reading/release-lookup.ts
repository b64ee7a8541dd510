import type { Release } from '@sco/core';
import { getRelease, latestRelease, previousRelease, type Db } from '@sco/db';

/** A lookup of the latest release: when it was asked for, its answer to come, and the answer once given. */
interface LatestRead {
  readonly at: number;
  readonly release: Promise<Release | undefined>;
  settled: { readonly release: Release | undefined } | null;
}

/**
 * The release lookups of reads, sparing the database most of them: a release found by id is kept (a
 * release never changes), and the latest release is trusted for `ttlMs` — one lookup serves every read in
 * that time. A release cut through this process is served at once (`forgetLatest`); one published by
 * another process (`sco db import`, another API process) at most `ttlMs` later. 0 asks on every read.
 */
export class ReleaseLookup {
  private latestRead: LatestRead | null = null;
  private readonly known = new Map<string, Release>();
  private readonly before = new Map<string, Release | null>();

  constructor(
    private readonly db: Db,
    readonly ttlMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  latest(): Promise<Release | undefined> {
    const now = this.clock();
    if (this.latestRead && now - this.latestRead.at < this.ttlMs) return this.latestRead.release;
    const release = latestRelease(this.db.db);
    const read: LatestRead = { at: now, release, settled: null };
    this.latestRead = read;
    release.then(
      (found) => {
        read.settled = { release: found };
      },
      () => {
        if (this.latestRead === read) this.latestRead = null;
      },
    );
    return release;
  }

  /**
   * The latest release as `latest()` would give it, when that is known without waiting: looked up within
   * the trust period and answered. Null when `latest()` would ask the database or wait for its answer.
   */
  latestKnown(): { readonly release: Release | undefined } | null {
    const read = this.latestRead;
    if (read === null || read.settled === null || this.clock() - read.at >= this.ttlMs) return null;
    return read.settled;
  }

  async byId(id: string): Promise<Release | undefined> {
    const known = this.known.get(id);
    if (known) return known;
    const release = await getRelease(this.db.db, id);
    if (release) this.known.set(id, release);
    return release;
  }

  /** The release published just before the one named (kept: neither ever changes), or undefined. */
  async previous(id: string): Promise<Release | undefined> {
    if (this.before.has(id)) return this.before.get(id) ?? undefined;
    const release = await previousRelease(this.db.db, id);
    if (release || (await this.byId(id))) this.before.set(id, release ?? null);
    return release;
  }

  /** The next read looks the latest release up again (after a release was cut). */
  forgetLatest(): void {
    this.latestRead = null;
  }
}

const lookups = new WeakMap<Db, ReleaseLookup>();

/** Sets how long the reads of a database trust the latest release they looked up (createApp does). */
export function trustLatestRelease(db: Db, ttlMs: number): void {
  lookups.set(db, new ReleaseLookup(db, ttlMs));
}

/** The release lookup of a database: exact (no trust period) unless `trustLatestRelease` said otherwise. */
export function releaseLookup(db: Db): ReleaseLookup {
  let lookup = lookups.get(db);
  if (!lookup) {
    lookup = new ReleaseLookup(db, 0);
    lookups.set(db, lookup);
  }
  return lookup;
}
