import type { WorldMap } from './geometry.js';

/**
 * The countries as the map draws them, written by the build beside the modules (`drawn-world.ts`): the
 * world-atlas file's outlines already cut, projected and written as SVG paths, which the map takes as they are.
 */
export const DRAWN_FILE = 'geo/countries-110m.drawn.json';

/**
 * The world the map draws, from its geometry: a drawn world (the build's file) as it is; a world-atlas
 * topology (the `geometry` attribute, a brief's inline geometry) projected by the geometry module, which is
 * then loaded: a page that draws the build's file never loads it.
 */
export function drawnWorld(geometry: unknown): WorldMap | Promise<WorldMap> {
  if (Array.isArray((geometry as Partial<WorldMap> | null)?.countries)) return geometry as WorldMap;
  return import('./geometry.js').then(({ worldMap }) => worldMap(geometry));
}
