import {
  canonicalJson,
  computeIndicator,
  type GroupBy,
  type IndicatorFilter,
  type IndicatorResult,
} from '@sco/core';
import { releaseStore, type ReleaseArrays } from './release-store.js';

/**
 * Indicator results kept per release (`releaseStore`): a result does not depend on the language, so the
 * briefs of one release — its overview in three languages, a batch of partner briefs before a summit —
 * compute each (indicator, filter, breakdown) once.
 */
const resultsOf = releaseStore<IndicatorResult>();

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
  const results = resultsOf(data);
  const key = canonicalJson({ indicator, filter, groupBy });
  const found = results.get(key);
  if (found) return found;
  const outcome = computeIndicator(indicator, {
    agreements: data.agreements,
    tallies: data.tallies,
    filter,
    group_by: groupBy,
  });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  results.set(key, outcome.result);
  return outcome.result;
}
