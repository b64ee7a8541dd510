import { describe, expect, it } from 'vitest';
import { niceTicks } from './scale.js';

describe('niceTicks', () => {
  it('steps a count axis by whole numbers, each tick once', () => {
    expect(niceTicks(2, 3, true)).toEqual([0, 1, 2]);
    expect(niceTicks(1, 4, true)).toEqual([0, 1]);
    for (const max of [1, 2, 3, 5, 7, 12, 126])
      for (const count of [3, 4]) {
        const ticks = niceTicks(max, count, true);
        expect(ticks.every(Number.isInteger), `${max}/${count}`).toBe(true);
        expect(new Set(ticks).size).toBe(ticks.length);
        expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
      }
  });

  it('keeps fractional steps on an axis that is not a count', () => {
    expect(niceTicks(1, 4)).toEqual([0, 0.5, 1]);
  });
});
