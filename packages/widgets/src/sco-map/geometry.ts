import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { ISO_CODES } from './iso-codes.js';
import { cutAtAntimeridian, pathOf, projectRing, ringsOf } from './projection.js';

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
  /**
   * The bounds of its main outline (its largest ring) in the map's units, [minX, minY, maxX, maxY]: what a
   * map cropped to a region must show (France, not French Guiana).
   */
  readonly box: readonly [number, number, number, number];
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
  // Each outline is cut at the antimeridian and projected once; the bounds, the paths and the centres all
  // read the projected points.
  const projected = features.map((f) => ringsOf(f.geometry).flatMap(cutAtAntimeridian).map(projectRing));
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const rings of projected) {
    for (const ring of rings) {
      for (let i = 0; i < ring.length; i += 2) {
        const x = ring[i] ?? 0;
        const y = ring[i + 1] ?? 0;
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
      }
    }
  }
  const scale = WIDTH / (maxX - minX);
  const origin = [minX * scale, minY * scale] as const;
  const countries = features.map((f, index): Country => {
    const numeric = f.id === undefined ? undefined : String(f.id);
    const [alpha2, alpha3] = (numeric && codes.get(numeric)) || [undefined, undefined];
    const rings = projected[index] ?? [];
    const largest = rings.reduce((a, b) => (b.length > a.length ? b : a), rings[0] ?? new Float64Array());
    let sum = 0;
    let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = 0; i < largest.length; i += 2) {
      const x = (largest[i] ?? 0) * scale - origin[0];
      const y = (largest[i + 1] ?? 0) * scale - origin[1];
      sum += largest[i] ?? 0;
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
    // The centre to a millionth of a radian (an order only) and the box to a hundredth of a unit (a crop's
    // edges, written to a tenth): what the build's drawn file holds, a fifth fewer bytes than every digit.
    const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;
    return {
      numeric,
      alpha2,
      alpha3,
      name: f.properties.name ?? '',
      d: pathOf(rings, scale, origin),
      x: round(sum / (largest.length / 2 || 1), 6),
      box: [round(x0, 2), round(y0, 2), round(x1, 2), round(y1, 2)],
    };
  });
  const map = { width: WIDTH, height: Math.ceil((maxY - minY) * scale), countries };
  drawn.set(topology, map);
  return map;
}
