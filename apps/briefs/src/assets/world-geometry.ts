import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

let loaded: Promise<unknown> | undefined;

/**
 * The world map's geometry (Natural Earth countries at 1:110m, as world-atlas publishes it in TopoJSON),
 * given to the map widget inline so that a brief fetches nothing.
 */
export function loadWorldGeometry(): Promise<unknown> {
  loaded ??= readFile(fileURLToPath(import.meta.resolve('world-atlas/countries-110m.json')), 'utf8').then(
    (text): unknown => JSON.parse(text),
  );
  return loaded;
}
