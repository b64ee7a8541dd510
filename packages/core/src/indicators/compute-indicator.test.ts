import { describe, expect, it } from 'vitest';
import { computeAllIndicators, computeIndicator } from './compute-indicator.js';
import { DEFAULT_INDICATOR_FILTER } from './indicator-filter.js';
import { agreement, KEN, tally } from './test-support/fixtures.js';

const agreements = [
  agreement({ id: 'a' }),
  agreement({ id: 'b', partners: [KEN], verification: 'single_source' }),
];
const tallies = [tally({ id: 't', as_of: '2023', documents: 4, partners: 4 })];
const input = { agreements, tallies, filter: DEFAULT_INDICATOR_FILTER };

describe('computeIndicator', () => {
  it('computes one indicator with a breakdown', () => {
    const outcome = computeIndicator('partners', { ...input, group_by: 'region' });
    expect(outcome.ok).toBe(true);
    if (outcome.ok) {
      expect(outcome.result.indicator).toBe('partners');
      expect(outcome.result.groups.map((g) => g.key)).toEqual(['002', '150']);
    }
  });

  it('returns a problem for an unknown id', () => {
    const outcome = computeIndicator('nope', { ...input, group_by: null });
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'unknown_indicator', indicator: 'nope' } });
  });

  it('returns a problem for a breakdown the indicator does not support', () => {
    const outcome = computeIndicator('coverage', { ...input, group_by: 'year' });
    expect(outcome).toMatchObject({ ok: false, problem: { code: 'unsupported_group_by', group_by: 'year' } });
  });
});

describe('computeAllIndicators', () => {
  it('computes every indicator with its default breakdown', () => {
    const results = computeAllIndicators(input);
    expect(results).toHaveLength(16);
    const cumulative = results.find((r) => r.indicator === 'agreements_cumulative');
    expect(cumulative?.group_by).toBe('year');
    // coverage: 2 agreements of 2017 / 4 documents = 1/2 on all rows
    expect(results.find((r) => r.indicator === 'coverage')?.total.values.all.value).toBe(0.5);
  });

  it('computes on an empty dataset without failing, nulls carrying a reason', () => {
    for (const result of computeAllIndicators({
      agreements: [],
      tallies: [],
      filter: DEFAULT_INDICATOR_FILTER,
    })) {
      const value = result.total.values.all;
      if (value.value === null) expect(value.null_reason, result.indicator).not.toBeNull();
      else expect([result.indicator, value.value]).toEqual([result.indicator, 0]);
    }
  });
});
