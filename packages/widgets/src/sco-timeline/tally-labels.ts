/** Where a tally's number goes: its offset from the mark (x, baseline y) and its text anchor. */
export type LabelPlace = readonly [dx: number, dy: number, anchor: 'start' | 'middle' | 'end'];

/** A tally's mark (a diamond of half-width 6 centred on x, y) and the number written beside it. */
export interface TallyMark {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/** A box the numbers keep out of, in the chart's coordinates. */
export interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

const ABOVE: LabelPlace = [0, -9, 'middle'];

/**
 * The places tried, in order of preference: a row above the mark (centred, then to its right, to its left),
 * the mark's own row (to its right, to its left: centred it is on the mark), a row below, a second row above
 * and a second row below.
 */
export const LABEL_PLACES: readonly LabelPlace[] = [-9, 4, 19, -22, 32].flatMap((dy) =>
  [0, 9, -9].map((dx): LabelPlace => [dx, dy, dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle']),
);

/** Glyph metrics of the labels (11px bold digits, 8 px as Chromium measures their advance). */
const CHAR_WIDTH = 8;
const ASCENT = 10;
const DESCENT = 3;
const MARK = 6;

function labelBox(mark: TallyMark, [dx, dy, anchor]: LabelPlace): Box {
  const width = mark.text.length * CHAR_WIDTH;
  const x = mark.x + dx;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, right: left + width, top: mark.y + dy - ASCENT, bottom: mark.y + dy + DESCENT };
}

/** The square of half-width `r` around a point: a tally's mark, or a vertex of a line the numbers avoid. */
export const around = (x: number, y: number, r: number): Box => ({
  left: x - r,
  right: x + r,
  top: y - r,
  bottom: y + r,
});

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Places the numbers of the official tallies so that they overlap neither each other, nor any tally's mark,
 * nor the other boxes given (the vertices of the chart's lines, the undated column and its rule): each takes
 * the first place of `LABEL_PLACES` where it collides with nothing (on a phone, 107 in June and 108 in
 * December 2023 are the same point, with 92 and 126 a few pixels away and the rule just right of them);
 * when every place collides, the one that collides least.
 */
export function tallyLabelPlaces(marks: readonly TallyMark[], avoid: readonly Box[] = []): LabelPlace[] {
  const obstacles: Box[] = [...marks.map(({ x, y }) => around(x, y, MARK)), ...avoid];
  return marks.map((mark) => {
    let best = { place: ABOVE, box: labelBox(mark, ABOVE), cost: Infinity };
    for (const place of LABEL_PLACES) {
      const box = labelBox(mark, place);
      const cost = obstacles.reduce((sum, obstacle) => sum + overlap(box, obstacle), 0);
      if (cost < best.cost) best = { place, box, cost };
      if (cost === 0) break;
    }
    obstacles.push(best.box);
    return best.place;
  });
}
