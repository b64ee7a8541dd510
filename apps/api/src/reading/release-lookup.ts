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
 * another process (`sco db import`, another API process) at most `ttlMs` later. 0 trusts nothing: every
 * read gets the answer of a lookup begun after it arrived, so a release committed before a read arrives is
 * the one it serves, whichever process published it (PostgreSQL with several processes); the reads that
 * arrive while a lookup is under way share the one begun when it ends (see `exactLatest`).
 */
export class ReleaseLookup {
  private latestRead: LatestRead | null = null;
  /** With no trust period: the lookup under way, and the one that begins when it ends (see exactLatest). */
  private current: Promise<Release | undefined> | null = null;
  private following: Promise<Release | undefined> | null = null;
  private readonly known = new Map<string, Release>();
  private readonly before = new Map<string, Release | null>();

  constructor(
    private readonly db: Db,
    readonly ttlMs: number,
    private readonly clock: () => number = () => performance.now(),
  ) {}

  latest(): Promise<Release | undefined> {
    if (this.ttlMs <= 0) return this.exactLatest();
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
   * The latest release from a lookup begun after this call: at once when none is under way; else the one
   * that begins when the lookup under way ends (which may have begun before a release this read must see
   * was committed), shared by every read that arrives meanwhile. One query per round trip to the database
   * instead of one per read, and no read served a release older than the latest committed before it came.
   */
  private exactLatest(): Promise<Release | undefined> {
    const current = this.current;
    if (current === null) {
      const read = latestRelease(this.db.db);
      this.current = read;
      const done = (): void => {
        if (this.current === read) this.current = null;
      };
      read.then(done, done);
      return read;
    }
    this.following ??= current.then(noop, noop).then(() => {
      this.following = null;
      return this.exactLatest();
    });
    return this.following;
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

function noop(): void {
  // A lookup's outcome is its readers' to handle; the next lookup only waits for it to end.
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
