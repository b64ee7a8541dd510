import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Plugin } from 'vite';
import { worldMap } from './src/sco-map/geometry.js';
import { DRAWN_FILE } from './src/sco-map/world.js';

/**
 * Writes the world-atlas countries (1:110m) as the map draws them, with the map's own code: cut at the
 * antimeridian, projected, their paths written, their codes, centres and boxes (`WorldMap`). A page then
 * fetches paths instead of a topology, and its map draws them without parsing or projecting a point.
 */
export function drawnWorldPlugin(): Plugin {
  return {
    name: 'sco-drawn-world',
    apply: 'build',
    generateBundle() {
      const file = createRequire(import.meta.url).resolve('world-atlas/countries-110m.json');
      const topology: unknown = JSON.parse(readFileSync(file, 'utf8'));
      this.emitFile({ type: 'asset', fileName: DRAWN_FILE, source: JSON.stringify(worldMap(topology)) });
    },
  };
}
