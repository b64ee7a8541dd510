import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth } from './label-placement.js';

describe('label placement', () => {
  it('places labels of points close together apart, inside the plot', () => {
    const bounds = { x: 0, y: 0, width: 300, height: 200 };
    const labels = [
      { x: 100, y: 100, text: 'Pakistan' },
      { x: 102, y: 101, text: 'Kazakhstan' },
      { x: 101, y: 99, text: 'Indonesia' },
    ];
    const placed = placeLabels(labels, 10, bounds);
    for (const [i, a] of placed.entries())
      for (const b of placed.slice(i + 1))
        expect(
          a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height,
        ).toBe(false);
    for (const box of placed) {
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(300);
    }
    expect(placed[0]?.moved).toBe(false);
  });

  it('measures a Chinese character as wide as its size, a Latin one about half', () => {
    expect(textWidth('巴基斯坦', 10)).toBe(40);
    expect(textWidth('ab', 10)).toBeCloseTo(11.2);
  });
});
