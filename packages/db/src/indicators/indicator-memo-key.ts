import { canonicalJson, type GroupBy, type IndicatorFilter } from '@sco/core';

/** The `kind` of an indicator result's memo key. */
export const INDICATOR_RESULT_KIND = 'indicator_result';

/**
 * The memo key of an indicator's result (core's `countedIndicator`) as canonical JSON (`canonicalJson`: keys
 * sorted, unset fields dropped; lists keep their order): the indicator, its whole filter and its breakdown,
 * and for coverage against a tally other than the latest cumulative one, that tally's id.
 */
export function indicatorMemoKey(
  id: string,
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
  tally?: string,
): string {
  return canonicalJson({ kind: INDICATOR_RESULT_KIND, indicator: id, filter, group_by: groupBy, tally });
}
