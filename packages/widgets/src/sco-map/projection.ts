import type { Geometry, Position } from 'geojson';

const A1 = 1.340264;
const A2 = -0.081106;
const A3 = 0.000893;
const A4 = 0.003796;
const M = Math.sqrt(3) / 2;
const RADIANS = Math.PI / 180;

/** The polygons' rings of a geometry (points and lines have none). */
export function ringsOf(geometry: Geometry | null): Position[][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  if (geometry.type === 'GeometryCollection') return geometry.geometries.flatMap(ringsOf);
  return [];
}

/**
 * A ring cut where it crosses the antimeridian (Russia's Chukotka, Fiji): each piece stays on one side, closed
 * along ±180°, so that no outline is drawn across the whole map.
 */
export function cutAtAntimeridian(ring: readonly Position[]): Position[][] {
  // Indexes, not destructuring: this runs for every point of the world once, in code not yet optimised,
  // where each destructuring walks an iterator.
  const pieces: Position[][] = [];
  let current: Position[] = [];
  let lon0 = NaN;
  let lat0 = 0;
  for (const point of ring) {
    const lon = point[0] ?? 0;
    const lat = point[1] ?? 0;
    if (Math.abs(lon - lon0) > 180) {
      const side = lon0 > 0 ? 180 : -180;
      const shifted = lon + (side > 0 ? 360 : -360);
      const lat180 = shifted === lon0 ? lat0 : lat0 + ((side - lon0) / (shifted - lon0)) * (lat - lat0);
      current.push([side, lat180]);
      pieces.push(current);
      current = [[-side, lat180]];
    }
    current.push(point);
    lon0 = lon;
    lat0 = lat;
  }
  // The ring ends on the side it began: its last piece and its first are one.
  if (pieces[0]) pieces[0] = [...current, ...pieces[0]];
  else pieces.push(current);
  return pieces;
}

/** A ring projected: its points' x and y one after the other, in radians of the projection. */
export type ProjectedRing = Float64Array;

/**
 * Projects a ring's points once (cut at the antimeridian first: see cutAtAntimeridian), with the Equal Earth
 * projection (Šavrič, Patterson and Jenny, 2018): equal-area, so that large countries do not look larger than
 * they are. Longitude and latitude in degrees; y grows downwards, as in SVG. Each point is written into the
 * array as it is projected: no pair is made per point (this runs for every point of the world, in code not yet
 * optimised).
 */
export function projectRing(ring: readonly Position[]): ProjectedRing {
  const points = new Float64Array(ring.length * 2);
  for (let index = 0; index < ring.length; index++) {
    const point = ring[index];
    const lat = (point?.[1] ?? 0) * RADIANS;
    const theta = Math.asin(M * Math.sin(lat));
    const t2 = theta * theta;
    const t6 = t2 * t2 * t2;
    points[index * 2] =
      ((point?.[0] ?? 0) * RADIANS * Math.cos(theta)) /
      (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
    points[index * 2 + 1] = -theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
  }
  return points;
}

/** A length in tenths as an SVG number: one decimal at most, no leading zero (".5", "-.5"). */
function tenths(value: number): string {
  return String(value / 10).replace(/^(-?)0\./, '$1.');
}

/**
 * Projected rings as an SVG path: `scale` units per radian, from `origin`, one decimal, repeats dropped. Each
 * ring is its first point, then the steps from point to point (relative `l`), in whole tenths, so that the
 * points drawn are those of the absolute coordinates rounded to one decimal (a third fewer characters).
 */
export function pathOf(
  rings: readonly ProjectedRing[],
  scale: number,
  origin: readonly [number, number],
): string {
  let path = '';
  for (const ring of rings) {
    let previousX = NaN;
    let previousY = NaN;
    let written = 0;
    for (let i = 0; i < ring.length; i += 2) {
      const x = Math.round(((ring[i] ?? 0) * scale - origin[0]) * 10);
      const y = Math.round(((ring[i + 1] ?? 0) * scale - origin[1]) * 10);
      if (x === previousX && y === previousY) continue;
      if (written === 0) {
        path += `M${tenths(x)},${tenths(y)}`;
      } else {
        const dx = tenths(x - previousX);
        const dy = tenths(y - previousY);
        // "l" before the first step; then a space between steps, or nothing before a minus sign.
        const before = written === 1 ? 'l' : dx.startsWith('-') ? '' : ' ';
        path += `${before}${dx}${dy.startsWith('-') ? '' : ','}${dy}`;
      }
      written += 1;
      previousX = x;
      previousY = y;
    }
    path += 'z';
  }
  return path;
}
