import type { GroupBy, IndicatorFilter } from '@sco/core';

/**
 * The memo key of an indicator's result (core's `countedIndicator`) as canonical JSON: the indicator, its
 * whole filter (keys sorted, unset fields dropped; lists keep their order) and its breakdown.
 */
export function indicatorMemoKey(id: string, filter: IndicatorFilter, groupBy: GroupBy | null): string {
  // JSON leaves out a field set to undefined.
  const set = Object.entries(filter).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify({
    kind: 'indicator_result',
    indicator: id,
    filter: Object.fromEntries(set),
    group_by: groupBy,
  });
}
