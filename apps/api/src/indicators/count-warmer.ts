import { comparedWithData, DEFAULT_INDICATOR_FILTER, findIndicator } from '@sco/core';
import { latestRelease, loadTallies, pruneMemos, withWarmingLock, type Db } from '@sco/db';
import type { Logger } from 'pino';
import { indicatorPairs } from './indicator-pairs.js';
import { readTalliesCoverage } from '../tallies/read-tallies-coverage.js';
import { readIndicatorResult } from './read-indicator-result.js';

/** How long the memos of another build are kept: a rolling upgrade is over well within a day. */
const OTHER_BUILDS_GRACE_MS = 24 * 3600 * 1000;

/** What a warming did. */
export interface WarmResult {
  /** Results computed now. */
  readonly computed: number;
  /** Results already kept (by this process or another). */
  readonly kept: number;
  /** Another process was warming (PostgreSQL): nothing was done here. */
  readonly skipped: boolean;
  /** Stopped before every result was done. */
  readonly aborted: boolean;
}

/**
 * Computes the indicators of a release with no filter, each by every breakdown, ahead of their first
 * request (`readIndicatorResult`, which keeps them in the database for every process): at start for the
 * latest release, and after each release cut through this process. One release at a time, in the
 * background, one result after another on one connection, the event loop given back between results; on
 * PostgreSQL one process at a time (`withWarmingLock`). Requests that arrive first compute on a miss as
 * before. `close` stops between two results and waits for the one under way (graceful shutdown).
 */
export class CountWarmer {
  readonly #db: Db;
  readonly #logger: Logger;
  readonly #generation: string;
  readonly #stop = new AbortController();
  #queue: Promise<void> = Promise.resolve();

  constructor(deps: { readonly db: Db; readonly logger: Logger; readonly generation: string }) {
    this.#db = deps.db;
    this.#logger = deps.logger;
    this.#generation = deps.generation;
  }

  /** Warms the latest release, after dropping the memos that no process of this build reads. */
  warmLatest(now: Date): void {
    this.#enqueue(async () => {
      const pruned = await pruneMemos(this.#db.db, this.#generation, now, OTHER_BUILDS_GRACE_MS);
      if (pruned > 0) this.#logger.info({ pruned }, 'dropped the memos of earlier builds');
      const latest = await latestRelease(this.#db.db);
      if (latest) await this.#warm(latest.id);
    });
  }

  /** Warms a release (one just cut). */
  warm(release: string): void {
    this.#enqueue(() => this.#warm(release));
  }

  /** Stops warming and waits for the result under way. */
  async close(): Promise<void> {
    this.#stop.abort();
    await this.#queue;
  }

  /** Settles when every warming asked for so far is done. */
  idle(): Promise<void> {
    return this.#queue;
  }

  #enqueue(work: () => Promise<void>): void {
    this.#queue = this.#queue.then(async () => {
      if (this.#stop.signal.aborted) return;
      try {
        await work();
      } catch (error) {
        this.#logger.warn({ err: error }, 'computing the indicators ahead failed; requests compute them');
      }
    });
  }

  async #warm(release: string): Promise<void> {
    const started = performance.now();
    const outcome = await withWarmingLock(this.#db.db, async (conn) => {
      let computed = 0;
      let kept = 0;
      for (const { id, groupBy } of indicatorPairs()) {
        if (this.#stop.signal.aborted) return { computed, kept, skipped: false, aborted: true };
        const indicator = findIndicator(id);
        if (!indicator) continue;
        const { origin } = await readIndicatorResult(
          conn,
          release,
          indicator,
          DEFAULT_INDICATOR_FILTER,
          groupBy,
          this.#generation,
        );
        if (origin === 'memo') kept += 1;
        else computed += 1;
        await new Promise((resolve) => setImmediate(resolve));
      }
      // The coverage against every cumulative tally (/v1/tallies, the briefs), counted together.
      if (this.#stop.signal.aborted) return { computed, kept, skipped: false, aborted: true };
      const tallies = (await loadTallies(conn, release)).filter(comparedWithData);
      for (const { origin } of await readTalliesCoverage(conn, release, tallies, this.#generation)) {
        if (origin === 'memo') kept += 1;
        else computed += 1;
      }
      return { computed, kept, skipped: false, aborted: false };
    });
    const result: WarmResult =
      outcome === 'skipped' ? { computed: 0, kept: 0, skipped: true, aborted: false } : outcome;
    const ms = Math.round(performance.now() - started);
    this.#logger.info({ release, ...result, ms }, 'computed the indicators of the release ahead');
  }
}
