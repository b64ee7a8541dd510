import { describe, expect, it } from 'vitest';
import { latestCumulativeTally, mayBeOnOrBefore } from './latest-tally.js';
import { tally } from './test-support/fixtures.js';

describe('latestCumulativeTally', () => {
  it('takes the latest cumulative tally that gives a document count', () => {
    const tallies = [
      tally({ id: 'b', as_of: '2023', documents: 107, partners: 65 }),
      tally({ id: 'c', as_of: '2023-12', documents: 108, partners: 65 }),
      tally({ id: 'd', as_of: '2024', series: 'conformity_assessment', documents: 40, partners: 20 }),
      tally({ id: 'e', as_of: '2025-10', documents: null, partners: 72 }),
    ];
    expect(latestCumulativeTally(tallies)?.id).toBe('c');
    expect(latestCumulativeTally([])).toBeNull();
  });
});

describe('mayBeOnOrBefore', () => {
  it.each([
    ['2023-12-15', '2023-12', true],
    ['2023', '2023-06', true],
    ['2023-07', '2023-06-30', false],
    ['2024', '2023-12', false],
    ['2010-01-01', '2023', true],
  ])('%s on or before %s: %s', (date, asOf, expected) => {
    expect(mayBeOnOrBefore(date, asOf)).toBe(expected);
  });
});
