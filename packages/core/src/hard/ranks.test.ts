import { describe, expect, it } from 'vitest';
import { averageRanks, spearman } from './ranks.js';

describe('averageRanks', () => {
  it('gives tied values the mean of the ranks they span', () => {
    // 10 → 1; the two 20s span ranks 2 and 3 → 2.5 each; 30 → 4
    expect(averageRanks([20, 10, 30, 20])).toEqual([2.5, 1, 4, 2.5]);
  });
});

describe('spearman', () => {
  it('matches 1 − 6Σd²/(n(n²−1)) without ties', () => {
    // d = −1, 1, −1, 1, 0 → Σd² = 4; ρ = 1 − 24/120 = 0.8
    expect(spearman([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
  });

  it('uses the Pearson correlation of average ranks with ties', () => {
    // x ranks 1.5, 1.5, 3, 4; y ranks 1, 2, 3, 4; means 2.5
    // Σdxdy = 1.5 + 0.5 + 0.25 + 2.25 = 4.5; Σdx² = 4.5; Σdy² = 5 → ρ = 4.5/√22.5 = √0.9
    expect(spearman([0, 0, 1, 2], [1, 2, 3, 4])).toBeCloseTo(Math.sqrt(0.9), 12);
  });

  it('has no value when one side is constant', () => {
    expect(spearman([1, 1, 1], [1, 2, 3])).toBeNull();
  });
});
