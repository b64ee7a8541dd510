import { canonicalJson, type GroupBy, type IndicatorFilter } from '@sco/core';

/**
 * The memo key of an indicator's result (core's `countedIndicator`) as canonical JSON (`canonicalJson`: keys
 * sorted, unset fields dropped; lists keep their order): the indicator, its whole filter and its breakdown.
 */
export function indicatorMemoKey(id: string, filter: IndicatorFilter, groupBy: GroupBy | null): string {
  return canonicalJson({ kind: 'indicator_result', indicator: id, filter, group_by: groupBy });
}
