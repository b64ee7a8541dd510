import { describe, expect, it } from 'vitest';
import { latestCumulativeTally } from './latest-tally.js';
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
