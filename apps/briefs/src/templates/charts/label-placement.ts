/** A label's box in the chart's units. */
export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface PlacedLabel extends Box {
  /** Where the label is anchored: its point. */
  readonly anchorX: number;
  readonly anchorY: number;
  readonly text: string;
  /** Whether it was moved away from its point (a leader line joins them). */
  readonly moved: boolean;
}

const overlaps = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The width of a text at a font size, roughly: a CJK character is square, a Latin one about half as wide. */
export function textWidth(text: string, size: number): number {
  let width = 0;
  for (const character of text) width += /[\u2E80-\uFFEF]/.test(character) ? size : size * 0.56;
  return width;
}

/**
 * Places labels beside their points so that no two overlap and none leaves the plot: to the right, to the
 * left, then further up or down with a leader line. Labels are placed in the order given (most important
 * first).
 */
export function placeLabels(
  labels: readonly { readonly x: number; readonly y: number; readonly text: string }[],
  size: number,
  bounds: Box,
  obstacles: readonly Box[] = [],
): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const height = size * 1.15;
  for (const label of labels) {
    const width = textWidth(label.text, size);
    const candidates: { x: number; y: number; moved: boolean }[] = [
      { x: label.x + 5, y: label.y - height / 2, moved: false },
      { x: label.x - 5 - width, y: label.y - height / 2, moved: false },
    ];
    for (let step = 1; step <= 8; step++)
      for (const sign of [-1, 1])
        for (const x of [label.x + 5, label.x - 5 - width])
          candidates.push({ x, y: label.y - height / 2 + sign * step * height, moved: true });
    const inside = (box: Box) =>
      box.x >= bounds.x &&
      box.y >= bounds.y &&
      box.x + box.width <= bounds.x + bounds.width &&
      box.y + box.height <= bounds.y + bounds.height;
    const free = candidates
      .map((candidate) => ({ ...candidate, width, height }))
      .find(
        (box) =>
          inside(box) &&
          !placed.some((other) => overlaps(box, other)) &&
          !obstacles.some((other) => overlaps(box, other)),
      );
    const chosen = free ?? { x: label.x + 5, y: label.y - height / 2, width, height, moved: false };
    placed.push({ ...chosen, anchorX: label.x, anchorY: label.y, text: label.text });
  }
  return placed;
}
