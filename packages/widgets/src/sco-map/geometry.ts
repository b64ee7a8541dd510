import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ISO_CODES } from './iso-codes.js';
import { equalEarth, pathOf, ringsOf } from './projection.js';

/** A country as drawn: its codes (when it has an ISO code) and its projected outline. */
export interface Country {
  readonly numeric: string | undefined;
  readonly alpha2: string | undefined;
  readonly alpha3: string | undefined;
  /** Natural Earth's English name, for areas without an ISO code. */
  readonly name: string;
  readonly d: string;
  /** West-to-east order of its outline's centre, for keyboard moves. */
  readonly x: number;
}

export interface WorldMap {
  readonly width: number;
  readonly height: number;
  readonly countries: readonly Country[];
}

/** Antarctica: left out, as on most thematic world maps (no agreements, a third of the height). */
const LEFT_OUT = new Set(['010']);
const WIDTH = 800;

const codes = new Map<string, readonly [string, string]>();
for (let i = 0; i < ISO_CODES.length; i += 8) {
  codes.set(ISO_CODES.slice(i, i + 3), [ISO_CODES.slice(i + 3, i + 5), ISO_CODES.slice(i + 5, i + 8)]);
}

const drawn = new WeakMap<object, WorldMap>();

function isTopology(value: unknown): value is Topology<{ countries: GeometryCollection<{ name?: string }> }> {
  const candidate = value as Partial<Topology> | null;
  return candidate?.type === 'Topology' && typeof candidate.objects?.['countries'] === 'object';
}

/** The countries of a world-atlas topology, projected once per topology object. */
export function worldMap(topology: unknown): WorldMap {
  if (typeof topology !== 'object' || topology === null) throw new TypeError('not a topology');
  const known = drawn.get(topology);
  if (known) return known;
  if (!isTopology(topology)) throw new TypeError('not a world-atlas topology');
  const collection = feature(topology, topology.objects.countries);
  const features = (collection.features as Feature<Geometry, { name?: string }>[]).filter(
    (f) => !LEFT_OUT.has(String(f.id)),
  );
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const f of features) {
    for (const ring of ringsOf(f.geometry)) {
      for (const [lon = 0, lat = 0] of ring) {
        const [x, y] = equalEarth(lon, lat);
        minX = Math.min(minX, x);
        maxX = Math.max(maxX, x);
        minY = Math.min(minY, y);
        maxY = Math.max(maxY, y);
      }
    }
  }
  const scale = WIDTH / (maxX - minX);
  const origin = [minX * scale, minY * scale] as const;
  const countries = features.map((f): Country => {
    const numeric = f.id === undefined ? undefined : String(f.id);
    const [alpha2, alpha3] = (numeric && codes.get(numeric)) || [undefined, undefined];
    const rings = ringsOf(f.geometry);
    const largest = rings.reduce((a, b) => (b.length > a.length ? b : a), rings[0] ?? []);
    const mean =
      largest.reduce((sum, [lon = 0, lat = 0]) => sum + equalEarth(lon, lat)[0], 0) / (largest.length || 1);
    return {
      numeric,
      alpha2,
      alpha3,
      name: f.properties.name ?? '',
      d: pathOf(rings, scale, origin),
      x: mean,
    };
  });
  const map = { width: WIDTH, height: Math.ceil((maxY - minY) * scale), countries };
  drawn.set(topology, map);
  return map;
}
