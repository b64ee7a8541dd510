import { describe, expect, it } from 'vitest';
import { herfindahl } from './hhi.js';

describe('herfindahl', () => {
  it('sums squared shares', () => {
    // shares 1/2, 1/4, 1/4 → 1/4 + 1/16 + 1/16 = 3/8
    expect(herfindahl([2, 1, 1])).toBeCloseTo(3 / 8, 10);
    expect(herfindahl([5])).toBe(1);
  });

  it('is null on nothing to share out', () => {
    expect(herfindahl([])).toBeNull();
  });
});
