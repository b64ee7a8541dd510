import { INDICATORS, type GroupBy } from '@sco/core';

/**
 * Every indicator of the catalogue with each of its breakdowns (no breakdown included): first each by its
 * default breakdown (what the widgets, the landing page and `GET /v1/indicators/{id}` ask for), then with
 * no breakdown, then by each other breakdown.
 */
export function indicatorPairs(): { readonly id: string; readonly groupBy: GroupBy | null }[] {
  const first = INDICATORS.map((indicator) => ({ id: indicator.id, groupBy: indicator.default_group_by }));
  const then = INDICATORS.flatMap((indicator) =>
    [null, ...indicator.group_bys]
      .filter((groupBy) => groupBy !== indicator.default_group_by)
      .map((groupBy) => ({ id: indicator.id, groupBy })),
  );
  return [...first, ...then];
}
