import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth, type Box, type PlacedLabel } from './label-placement.js';

const overlaps = (a: Box, b: Box, gap = 0) =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

/** Whether the segment crosses the box (its ends tested at fine steps: a leader is short). */
function crosses(segment: readonly [number, number, number, number], box: Box): boolean {
  const [x1, y1, x2, y2] = segment;
  for (let t = 0; t <= 1; t += 0.01) {
    const x = x1 + (x2 - x1) * t;
    const y = y1 + (y2 - y1) * t;
    if (x > box.x && x < box.x + box.width && y > box.y && y < box.y + box.height) return true;
  }
  return false;
}

/** Whether two segments cross (each one's ends on either side of the other). */
function segmentsCross(a: readonly number[], b: readonly number[]): boolean {
  const [ax1 = 0, ay1 = 0, ax2 = 0, ay2 = 0] = a;
  const [bx1 = 0, by1 = 0, bx2 = 0, by2 = 0] = b;
  const side = (x1: number, y1: number, x2: number, y2: number, x: number, y: number) =>
    Math.sign((x2 - x1) * (y - y1) - (y2 - y1) * (x - x1));
  return (
    side(ax1, ay1, ax2, ay2, bx1, by1) * side(ax1, ay1, ax2, ay2, bx2, by2) < 0 &&
    side(bx1, by1, bx2, by2, ax1, ay1) * side(bx1, by1, bx2, by2, ax2, ay2) < 0
  );
}

/** Every check the scatter's labels must pass: apart, inside, off the points, no leader through a label or
 * across another. */
function expectApart(placed: readonly PlacedLabel[], bounds: Box, points: readonly Box[]): void {
  for (const [i, a] of placed.entries()) {
    expect(a.x, a.text).toBeGreaterThanOrEqual(bounds.x);
    expect(a.y, a.text).toBeGreaterThanOrEqual(bounds.y);
    expect(a.x + a.width, a.text).toBeLessThanOrEqual(bounds.x + bounds.width);
    expect(a.y + a.height, a.text).toBeLessThanOrEqual(bounds.y + bounds.height);
    for (const point of points) expect(overlaps(a, point), `${a.text} covers a point`).toBe(false);
    for (const [j, b] of placed.entries()) {
      if (i === j) continue;
      if (j > i) expect(overlaps(a, b, 1), `${a.text} / ${b.text}`).toBe(false);
      if (b.leader) expect(crosses(b.leader, a), `${b.text}'s leader crosses ${a.text}`).toBe(false);
      if (j > i && a.leader && b.leader)
        expect(segmentsCross(a.leader, b.leader), `${a.text} and ${b.text}'s leaders cross`).toBe(false);
    }
  }
}

describe('label placement', () => {
  it('places labels of points close together apart, inside the plot', () => {
    const bounds = { x: 0, y: 0, width: 300, height: 200 };
    const labels = [
      { x: 100, y: 100, text: 'Pakistan' },
      { x: 102, y: 101, text: 'Kazakhstan' },
      { x: 101, y: 99, text: 'Indonesia' },
    ];
    const placed = placeLabels(labels, 10, bounds);
    expectApart(placed, bounds, []);
    expect(placed[0]?.leader).toBeNull();
  });

  it('spreads a row of labelled points on the bottom line (the Chinese overview) without leaders through labels', () => {
    // Six countries with much investment and no agreement, 1.5–7 units apart on the axis, under a median
    // line whose label is printed at the right; the plot's bottom is the axis.
    const bounds = { x: 46, y: 12, width: 540, height: 177 };
    const row = [
      [372, '孟加拉国'],
      [378, '阿联酋'],
      [385, '印度'],
      [389, '印尼'],
      [405, '尼日利亚'],
      [416, '加拿大'],
    ] as const;
    const labels = row.map(([x, text]) => ({ x, y: 189, text }));
    const points = row.map(([x]) => ({ x: x - 3.5, y: 189 - 3.5, width: 7, height: 7 }));
    const medianLabel = { x: 540, y: 171, width: 46, height: 10 };
    const placed = placeLabels(labels, 10, bounds, [...points, medianLabel]);
    expectApart(placed, bounds, [...points, medianLabel]);
    // Each label stays near its point: within a few rows.
    for (const label of placed) expect(Math.abs(label.y - label.anchorY), label.text).toBeLessThan(70);
  });

  it('keeps labels off the points it is told to avoid where it can, and says where it drew a leader', () => {
    const bounds = { x: 0, y: 0, width: 200, height: 100 };
    const faint = [{ x: 55, y: 44, width: 40, height: 12 }];
    const [label] = placeLabels([{ x: 50, y: 50, text: 'Spain' }], 10, bounds, [], faint);
    expect(label && overlaps(label, faint[0] ?? label)).toBe(false);
    expect(label?.leader === null).toBe(label?.moved === false);
  });

  it('measures a Chinese character as wide as its size, a Latin one about half', () => {
    expect(textWidth('巴基斯坦', 10)).toBe(40);
    expect(textWidth('ab', 10)).toBeCloseTo(11.2);
  });
});
