import { isPartyGroupBy, type CountNeed, type GroupBy, type IndicatorFilter } from '@sco/core';

/**
 * The memo key of a request's count rows (`readCountRows`) as canonical JSON: what the rows depend on and
 * nothing else, so that requests with the same rows share them. The year range is left out (core applies
 * it to the rows), so is a breakdown that is not keyed (by year, type or provision the rows are those of
 * no breakdown); the filter's keys are sorted and its unset fields dropped; the needs are sorted and
 * counted once. The lists of a filter keep their order.
 */
export function countMemoKey(
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
  needs: readonly CountNeed[],
): string {
  const kept = Object.entries(filter)
    .filter(([name]) => name !== 'year_from' && name !== 'year_to')
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const keyed = isPartyGroupBy(groupBy) || groupBy === 'sector' ? groupBy : null;
  return JSON.stringify({
    kind: 'count_rows',
    filter: Object.fromEntries(kept),
    group_by: keyed,
    needs: [...new Set(needs)].sort(),
  });
}
