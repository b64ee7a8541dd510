import { describe, expect, it } from 'vitest';
import { placeLabels } from './label-placement.js';
import { placeLabelsOnce } from './placed-labels-cache.js';

const bounds = { x: 0, y: 0, width: 200, height: 100 };
const crowded = [
  { x: 50, y: 50, text: 'Bangladesh' },
  { x: 52, y: 51, text: 'United Arab Emirates' },
  { x: 54, y: 50, text: 'India' },
];

describe('a placement kept for the same labels', () => {
  it('is the placement placeLabels computes, computed once', () => {
    const first = placeLabelsOnce(crowded, 9, bounds);
    expect(first).toEqual(placeLabels(crowded, 9, bounds));
    // The same question, asked with other objects of the same values: the kept answer.
    expect(
      placeLabelsOnce(
        crowded.map((label) => ({ ...label })),
        9,
        { ...bounds },
      ),
    ).toBe(first);
  });

  it('is computed again when anything it depends on differs', () => {
    const first = placeLabelsOnce(crowded, 9, bounds);
    const obstacle = [{ x: 55, y: 40, width: 40, height: 20 }];
    const moved = placeLabelsOnce(crowded, 9, bounds, obstacle);
    expect(moved).not.toBe(first);
    expect(moved).toEqual(placeLabels(crowded, 9, bounds, obstacle));
    expect(placeLabelsOnce(crowded, 10, bounds)).toEqual(placeLabels(crowded, 10, bounds));
  });
});
