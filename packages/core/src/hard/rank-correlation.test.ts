import { describe, expect, it } from 'vitest';
import { DEFAULT_RANK_CORRELATION_OPTIONS, quantile, rankCorrelation } from './rank-correlation.js';
import { seededRandom } from './seeded-random.js';

describe('quantile', () => {
  it('interpolates between closest ranks', () => {
    // position (5 − 1) × 0.025 = 0.1 → 1 + 0.1 × (2 − 1) = 1.1; (5 − 1) × 0.975 = 3.9 → 4.9
    expect(quantile([1, 2, 3, 4, 5], 0.025)).toBeCloseTo(1.1, 12);
    expect(quantile([1, 2, 3, 4, 5], 0.975)).toBeCloseTo(4.9, 12);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for the same seed and differs for another seed', () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect([c(), c(), c()]).not.toEqual(first);
    for (const value of first) expect(value >= 0 && value < 1).toBe(true);
  });
});

describe('rankCorrelation', () => {
  const options = { resamples: 2000, permutations: 500, seed: 3 };

  it('uses at least 2,000 bootstrap resamples by default', () => {
    expect(DEFAULT_RANK_CORRELATION_OPTIONS.resamples).toBeGreaterThanOrEqual(2000);
  });

  it('gives an interval of exactly 1 for a perfectly monotone relation', () => {
    // Every resample keeps pairs whose ranks agree, so each resampled ρ is 1 (or undefined, left out).
    const result = rankCorrelation([1, 2, 3, 4, 5, 6, 7, 8], [10, 20, 30, 40, 50, 60, 70, 80], options);
    expect(result.rho).toBe(1);
    expect(result.low).toBeCloseTo(1, 12);
    expect(result.high).toBeCloseTo(1, 12);
    expect(result.n).toBe(8);
    // only 2 of 8! = 40,320 orderings reach |ρ| = 1, so p is at its floor 1/(1 + 500) unless one was drawn
    expect(result.p_value).toBeLessThanOrEqual(3 / 501);
  });

  it('is reproducible with the same seed', () => {
    const xs = [3, 1, 4, 1, 5, 9, 2, 6];
    const ys = [2, 7, 1, 8, 2, 8, 1, 8];
    expect(rankCorrelation(xs, ys, options)).toEqual(rankCorrelation(xs, ys, options));
  });

  it('finds no evidence against independence when ρ = 0', () => {
    // x ranks 1…4 against y ranks 2, 4, 1, 3 → d = −1, −2, 2, 1, Σd² = 10, ρ = 1 − 60/60 = 0
    const result = rankCorrelation([1, 2, 3, 4], [2, 4, 1, 3], options);
    expect(result.rho).toBeCloseTo(0, 12);
    // every permutation has |ρ*| ≥ 0 → p = (1 + 500)/(1 + 500)
    expect(result.p_value).toBe(1);
  });

  it('has no value below three pairs', () => {
    const result = rankCorrelation([1, 2], [2, 1], options);
    expect(result).toMatchObject({ rho: null, low: null, high: null, p_value: null, n: 2 });
  });
});
