import { nullValue, type IndicatorValue } from './indicator-value.js';
import type { Measure } from './measured-indicator.js';
import type { SelectedAgreement } from './select-agreements.js';

/** Herfindahl–Hirschman index Σ s_i² of the shares of each category in `counts`, or null when empty. */
export function herfindahl(counts: Iterable<number>): number | null {
  const list = [...counts];
  const total = list.reduce((sum, count) => sum + count, 0);
  if (total === 0) return null;
  return list.reduce((sum, count) => sum + (count / total) ** 2, 0);
}

/**
 * HHI over (category, agreement) pairs: each agreement gives one pair to each of its categories. n is the
 * number of agreements with at least one pair; the denominator is the number of pairs.
 */
export function hhiMeasure(categoriesOf: (item: SelectedAgreement) => readonly string[]): Measure {
  return (items): IndicatorValue => {
    const counts = new Map<string, number>();
    let pairs = 0;
    let n = 0;
    for (const item of items) {
      const categories = categoriesOf(item);
      if (categories.length > 0) n++;
      for (const category of categories) counts.set(category, (counts.get(category) ?? 0) + 1);
      pairs += categories.length;
    }
    const value = herfindahl(counts.values());
    if (value === null) return nullValue('no_pairs', n);
    return { value, null_reason: null, n, denominator: pairs };
  };
}
