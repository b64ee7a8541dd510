/** A label's box in the chart's units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** A line from x1, y1 to x2, y2. */
export type Segment = readonly [number, number, number, number];

export interface PlacedLabel extends Box {
  /** Where the label is anchored: its point. */
  readonly anchorX: number;
  readonly anchorY: number;
  readonly text: string;
  /** Whether it was moved away from its point (a leader line joins them). */
  readonly moved: boolean;
  /** The leader line from the point's edge to the label's nearest edge, or null beside its point. */
  readonly leader: Segment | null;
}

/** Room kept between two labels, and between a label and what it must not cover. */
const GAP = 1.5;
/** Rows tried above and below the point, and steps sideways, for a label moved away from it. */
const ROWS = 12;
const SIDEWAYS = 8;
/** The radius of a labelled point: a leader starts at its edge. */
const POINT = 3.5;

const overlaps = (a: Box, b: Box, gap = 0) =>
  a.x < b.x + b.width + gap &&
  b.x < a.x + a.width + gap &&
  a.y < b.y + b.height + gap &&
  b.y < a.y + a.height + gap;

/** Whether a segment passes through a box (Liang–Barsky clipping). */
function segmentHits([x1, y1, x2, y2]: Segment, box: Box): boolean {
  const dx = x2 - x1;
  const dy = y2 - y1;
  let low = 0;
  let high = 1;
  for (const [p, q] of [
    [-dx, x1 - box.x],
    [dx, box.x + box.width - x1],
    [-dy, y1 - box.y],
    [dy, box.y + box.height - y1],
  ] as const) {
    if (p === 0) {
      if (q < 0) return false;
    } else {
      const t = q / p;
      if (p < 0) low = Math.max(low, t);
      else high = Math.min(high, t);
      if (low > high) return false;
    }
  }
  return true;
}

/** Whether two segments cross. */
function segmentsCross(a: Segment, b: Segment): boolean {
  const side = (s: Segment, x: number, y: number) =>
    Math.sign((s[2] - s[0]) * (y - s[1]) - (s[3] - s[1]) * (x - s[0]));
  return side(a, b[0], b[1]) * side(a, b[2], b[3]) < 0 && side(b, a[0], a[1]) * side(b, a[2], a[3]) < 0;
}

const grow = (box: Box, by: number): Box => ({
  x: box.x - by,
  y: box.y - by,
  width: box.width + 2 * by,
  height: box.height + 2 * by,
});

/** The leader from the point's edge to the nearest point of the label's box. */
function leaderTo(x: number, y: number, box: Box): Segment {
  const tx = Math.min(Math.max(x, box.x), box.x + box.width);
  const ty = Math.min(Math.max(y, box.y), box.y + box.height);
  const length = Math.hypot(tx - x, ty - y) || 1;
  return [x + ((tx - x) / length) * POINT, y + ((ty - y) / length) * POINT, tx, ty];
}

/** The width of a text at a font size, roughly: a CJK character is square, a Latin one about half as wide. */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const character of text) width += /[\u2E80-\uFFEF]/.test(character) ? size : size * 0.56;
  return width;
}

/** A label to place: its point and its text. */
export interface Anchor {
  readonly x: number;
  readonly y: number;
  readonly text: string;
}

/**
 * Places labels beside their points, greedily, in the order given. A label never
 * overlaps another label or an obstacle (a labelled point, a printed note), keeps inside the plot, and its
 * leader line crosses no other label; its place is the nearest such one: to the right of its point, to the
 * left, then a row up or down, further out, with a leader line. Among free places, one over fewer `soft` boxes
 * (the unlabelled points, the median lines) and crossing fewer leaders wins. When no place is free, the one
 * that overlaps least.
 */
function placeInOrder(
  labels: readonly Anchor[],
  size: number,
  bounds: Box,
  obstacles: readonly Box[],
  soft: readonly Box[],
): { placed: PlacedLabel[]; failed: number[] } {
  const placed: PlacedLabel[] = [];
  const failed: number[] = [];
  const height = size * 1.15;
  const inside = (box: Box) =>
    box.x >= bounds.x &&
    box.y >= bounds.y &&
    box.x + box.width <= bounds.x + bounds.width &&
    box.y + box.height <= bounds.y + bounds.height;
  for (const [index, label] of labels.entries()) {
    // The points still to be labelled: a label right above or below one would wall its leader in.
    const pending = labels.slice(index + 1);
    const width = textWidth(label.text, size);
    const middle = label.y - height / 2;
    // Obstacles other than the label's own point, which its leader leaves from.
    const others = obstacles.filter(
      (box) =>
        !(
          label.x >= box.x &&
          label.x <= box.x + box.width &&
          label.y >= box.y &&
          label.y <= box.y + box.height
        ),
    );
    const [right, left] = [label.x + 5, label.x - 5 - width];
    const candidates: { x: number; y: number; moved: boolean }[] = [
      { x: right, y: middle, moved: false },
      { x: left, y: middle, moved: false },
    ];
    // A row up or down: centred over the point, or beside it and further out sideways.
    const across = [label.x - width / 2];
    for (let step = 0; step < SIDEWAYS; step++)
      across.push(right + step * size * 1.5, left - step * size * 1.5);
    for (let row = 1; row <= ROWS; row++)
      for (const sign of [-1, 1])
        for (const x of across) candidates.push({ x, y: middle + sign * row * height, moved: true });
    let best: { box: Box; moved: boolean; leader: Segment | null; cost: number } | undefined;
    let least: { box: Box; moved: boolean; leader: Segment | null; cost: number } | undefined;
    for (const candidate of candidates) {
      const box = { x: candidate.x, y: candidate.y, width, height };
      const leader = candidate.moved ? leaderTo(label.x, label.y, box) : null;
      const crossings =
        leader === null
          ? 0
          : placed.filter((other) => other.leader !== null && segmentsCross(leader, other.leader)).length;
      const collisions =
        (inside(box) ? 0 : 100) +
        crossings +
        placed.filter((other) => overlaps(box, other, GAP)).length +
        others.filter((other) => overlaps(box, other, GAP)).length +
        placed.filter((other) => other.leader !== null && segmentHits(other.leader, grow(box, GAP / 2)))
          .length +
        (leader === null
          ? 0
          : placed.filter((other) => segmentHits(leader, grow(other, GAP / 2))).length +
            others.filter((other) => segmentHits(leader, other)).length);
      const distance = Math.hypot(
        Math.min(Math.max(label.x, box.x), box.x + width) - label.x,
        Math.min(Math.max(label.y, box.y), box.y + height) - label.y,
      );
      const cost =
        2 * distance +
        (candidate.moved ? size : 0) +
        size * soft.filter((other) => overlaps(box, other)).length +
        2 * size * pending.filter((other) => other.x > box.x - GAP && other.x < box.x + width + GAP).length;
      const option = { box, moved: candidate.moved, leader, cost };
      if (collisions === 0 && (!best || cost < best.cost)) best = option;
      const weighed = { ...option, cost: cost + 1000 * collisions };
      if (!least || weighed.cost < least.cost) least = weighed;
    }
    if (!best) failed.push(index);
    const chosen = best ?? least;
    if (chosen)
      placed.push({
        ...chosen.box,
        anchorX: label.x,
        anchorY: label.y,
        text: label.text,
        moved: chosen.moved,
        leader: chosen.leader,
      });
  }
  return { placed, failed };
}

/**
 * Places labels beside their points (see placeInOrder), the most important first; when one finds no free
 * place, it is placed first and the rest again, until every label is free or every order tried leaves more
 * labels without a free place. The labels come back in the order given.
 */
export function placeLabels(
  labels: readonly Anchor[],
  size: number,
  bounds: Box,
  obstacles: readonly Box[] = [],
  soft: readonly Box[] = [],
): PlacedLabel[] {
  let order = labels.map((_, index) => index);
  let attempt = placeInOrder(labels, size, bounds, obstacles, soft);
  let best = { order, ...attempt };
  for (let tries = 0; tries < labels.length && attempt.failed.length > 0; tries++) {
    const stuck = order[attempt.failed[0] ?? 0] ?? 0;
    order = [stuck, ...order.filter((index) => index !== stuck)];
    attempt = placeInOrder(
      order.map((index) => labels[index] ?? { x: 0, y: 0, text: '' }),
      size,
      bounds,
      obstacles,
      soft,
    );
    if (attempt.failed.length < best.failed.length) best = { order, ...attempt };
  }
  const byLabel = new Map(best.order.map((index, position) => [index, best.placed[position]]));
  return labels.flatMap((_, index) => byLabel.get(index) ?? []);
}
