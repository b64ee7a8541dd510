import type { IndicatorResult } from '@sco/core';
import { keptIndicatorResults, type Executor } from '@sco/db';
import type { BriefData } from './brief-data.js';
import { keepResults, resultKey } from './kept-results.js';
import { releaseStore } from './release-store.js';

/** The releases (their arrays) whose figures were already handed in, per generation. */
const handedIn = releaseStore<true>();

/**
 * Hands a release's kept results the figures the API has already computed from counts for it (decision 39):
 * given the API's generation (its build id), every indicator result it kept for the release in the database
 * (ahead of requests or on one; `keptIndicatorResults`), the coverage against each cumulative tally among
 * them. Each is the figure the brief would compute itself over the release's agreements (the API's own body
 * of it); what is not there is computed as before. Done once per release's arrays and generation: the API
 * calls it for every brief of a release it holds. Without a generation (the CLI), nothing is taken.
 */
export async function keepCountedFigures(
  db: Executor,
  data: BriefData,
  generation: string | null,
): Promise<void> {
  if (generation === null) return;
  const done = handedIn(data);
  if (done.has(generation)) return;
  const kept = await keptIndicatorResults(db, data.release.id, generation);
  keepResults(
    data,
    kept.map((entry): [string, IndicatorResult] => [
      resultKey(entry.indicator, entry.filter, entry.group_by, entry.tally),
      entry.result,
    ]),
  );
  done.set(generation, true);
}
