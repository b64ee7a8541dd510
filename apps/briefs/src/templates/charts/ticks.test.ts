import { describe, expect, it } from 'vitest';
import { integerTicks, logTicks } from './ticks.js';

describe('axis ticks', () => {
  it('gives whole numbers on a small-count axis, each once, reaching the largest value', () => {
    expect(integerTicks(2)).toEqual([0, 1, 2]);
    expect(integerTicks(1)).toEqual([0, 1]);
    expect(integerTicks(0)).toEqual([0, 1]);
    expect(integerTicks(7)).toEqual([0, 2, 4, 6, 8]);
    expect(integerTicks(23)).toEqual([0, 5, 10, 15, 20, 25]);
    for (const max of [0.4, 1, 3, 9, 14, 66, 137]) {
      const ticks = integerTicks(max);
      expect(ticks.every(Number.isInteger)).toBe(true);
      expect(new Set(ticks).size).toBe(ticks.length);
      expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
    }
  });

  it('gives the powers of ten around the data on a log axis', () => {
    expect(logTicks(150, 42_000)).toEqual([100, 1000, 10_000, 100_000]);
    expect(logTicks(100, 100)).toEqual([100, 1000]);
  });
});
