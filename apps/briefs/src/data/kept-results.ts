import {
  canonicalJson,
  computeIndicator,
  type GroupBy,
  type IndicatorFilter,
  type IndicatorResult,
  type TallyAggregate,
} from '@sco/core';
import { releaseStore, type ReleaseArrays } from './release-store.js';

/**
 * Indicator results kept per release (`releaseStore`): a result does not depend on the language, so the
 * briefs of one release — its overview in three languages, a batch of partner briefs before a summit —
 * compute each (indicator, filter, breakdown) once; and a loader that has them from the database already
 * (counted, or kept by the API) hands them in first (`keepResults`).
 */
const resultsOf = releaseStore<IndicatorResult>();

/** The key of a kept result: the indicator, its whole filter and breakdown, and the tally it is against. */
export function resultKey(
  indicator: string,
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
  tally: string | null = null,
): string {
  return canonicalJson({ indicator, filter, groupBy, tally });
}

/** Keeps results computed elsewhere (from counts) for a release's arrays, by `resultKey`. */
export function keepResults(data: ReleaseArrays, results: Iterable<[string, IndicatorResult]>): void {
  const kept = resultsOf(data);
  for (const [key, result] of results) if (!kept.has(key)) kept.set(key, result);
}

function kept(
  data: ReleaseArrays,
  key: string,
  indicator: string,
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
  tallies: readonly TallyAggregate[],
): IndicatorResult {
  const results = resultsOf(data);
  const found = results.get(key);
  if (found) return found;
  const outcome = computeIndicator(indicator, {
    agreements: data.agreements,
    tallies,
    filter,
    group_by: groupBy,
  });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  results.set(key, outcome.result);
  return outcome.result;
}

/**
 * An indicator's result over a release's agreements, computed once per (indicator, whole filter, breakdown)
 * and these arrays. An indicator that cannot be computed is a programming error of the template and throws.
 */
export function keptResult(
  data: ReleaseArrays,
  indicator: string,
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
): IndicatorResult {
  return kept(data, resultKey(indicator, filter, groupBy), indicator, filter, groupBy, data.tallies);
}

/** The coverage indicator against one tally (on the default filter, no breakdown), kept likewise. */
export function keptTallyCoverage(
  data: ReleaseArrays,
  tally: TallyAggregate,
  filter: IndicatorFilter,
): IndicatorResult {
  return kept(data, resultKey('coverage', filter, null, tally.id), 'coverage', filter, null, [tally]);
}
