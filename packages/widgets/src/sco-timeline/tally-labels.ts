/** Where a tally's number goes, around its mark. */
export type LabelPlace = 'above' | 'right' | 'left' | 'below' | 'higher' | 'lower';

/** A tally's mark (a diamond of half-width 6 centred on x, y) and the number written beside it. */
export interface TallyMark {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

interface Box {
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

/** The places tried, in order of preference. */
const PLACES: readonly LabelPlace[] = ['above', 'right', 'left', 'below', 'higher', 'lower'];

/** Offset of a number from its mark (x, baseline y) and its text anchor, by place. */
export const LABEL_OFFSETS: Readonly<
  Record<LabelPlace, readonly [number, number, 'start' | 'middle' | 'end']>
> = {
  above: [0, -9, 'middle'],
  right: [9, 4, 'start'],
  left: [-9, 4, 'end'],
  below: [0, 19, 'middle'],
  higher: [0, -22, 'middle'],
  lower: [0, 32, 'middle'],
};

/** Glyph metrics of the labels (11px bold digits), a little generous. */
const CHAR_WIDTH = 7;
const ASCENT = 10;
const DESCENT = 3;
const MARK = 6;

function labelBox(mark: TallyMark, place: LabelPlace): Box {
  const [dx, dy, anchor] = LABEL_OFFSETS[place];
  const width = mark.text.length * CHAR_WIDTH;
  const x = mark.x + dx;
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, right: left + width, top: mark.y + dy - ASCENT, bottom: mark.y + dy + DESCENT };
}

const markBox = ({ x, y }: TallyMark): Box => ({
  left: x - MARK,
  right: x + MARK,
  top: y - MARK,
  bottom: y + MARK,
});

function overlap(a: Box, b: Box): number {
  const width = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const height = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * Places the numbers of the official tallies so that they overlap neither each other nor any tally's mark:
 * each goes above its mark unless that collides (107 in June and 108 in December 2023 are a few units
 * apart), then right, left, below, or a line higher or lower; when every place collides, the one that
 * collides least.
 */
export function tallyLabelPlaces(marks: readonly TallyMark[]): LabelPlace[] {
  const obstacles: Box[] = marks.map(markBox);
  return marks.map((mark) => {
    let best: { place: LabelPlace; box: Box; cost: number } | undefined;
    for (const place of PLACES) {
      const box = labelBox(mark, place);
      const cost = obstacles.reduce((sum, obstacle) => sum + overlap(box, obstacle), 0);
      if (!best || cost < best.cost) best = { place, box, cost };
      if (cost === 0) break;
    }
    const chosen = best ?? { place: 'above' as const, box: labelBox(mark, 'above') };
    obstacles.push(chosen.box);
    return chosen.place;
  });
}
