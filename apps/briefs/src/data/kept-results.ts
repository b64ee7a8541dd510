import {
  canonicalJson,
  computeIndicator,
  type Agreement,
  type GroupBy,
  type IndicatorFilter,
  type IndicatorResult,
  type TallyAggregate,
} from '@sco/core';

/**
 * Indicator results kept per release's agreements and tallies (the arrays, by identity): a result does not
 * depend on the language, so the briefs of one release — its overview in three languages, a batch of partner
 * briefs before a summit — compute each (indicator, filter, breakdown) once. The results go with the arrays
 * (a WeakMap), so a release dropped from the datasets' cache takes its results with it.
 */
const kept = new WeakMap<
  readonly Agreement[],
  WeakMap<readonly TallyAggregate[], Map<string, IndicatorResult>>
>();

function resultsOf(
  agreements: readonly Agreement[],
  tallies: readonly TallyAggregate[],
): Map<string, IndicatorResult> {
  let byTallies = kept.get(agreements);
  if (!byTallies) kept.set(agreements, (byTallies = new WeakMap()));
  let results = byTallies.get(tallies);
  if (!results) byTallies.set(tallies, (results = new Map()));
  return results;
}

/**
 * An indicator's result over a release's agreements, computed once per (indicator, whole filter, breakdown)
 * and these arrays. An indicator that cannot be computed is a programming error of the template and throws.
 */
export function keptResult(
  data: { readonly agreements: readonly Agreement[]; readonly tallies: readonly TallyAggregate[] },
  indicator: string,
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
): IndicatorResult {
  const results = resultsOf(data.agreements, data.tallies);
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
