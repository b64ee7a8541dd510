import { placeLabels, type Anchor, type Box, type PlacedLabel } from './label-placement.js';

/** Placements kept, the most recently used: one per chart of each language and release rendered lately. */
const KEPT = 32;

const kept = new Map<string, readonly PlacedLabel[]>();

/**
 * placeLabels, computed once for the same labels, size, bounds and obstacles: the search over orders and
 * places takes tens of milliseconds for a crowded chart, and every render of a brief from the same release
 * asks for the same placement.
 */
export function placeLabelsOnce(
  labels: readonly Anchor[],
  size: number,
  bounds: Box,
  obstacles: readonly Box[] = [],
  soft: readonly Box[] = [],
): readonly PlacedLabel[] {
  const key = JSON.stringify([labels, size, bounds, obstacles, soft]);
  const known = kept.get(key);
  if (known) {
    kept.delete(key);
    kept.set(key, known);
    return known;
  }
  const placed = placeLabels(labels, size, bounds, obstacles, soft);
  kept.set(key, placed);
  for (const oldest of kept.keys()) {
    if (kept.size <= KEPT) break;
    kept.delete(oldest);
  }
  return placed;
}
