import { NO_SECTOR_KEY, type AgreementCount, type GroupCount, type IndicatorFilter } from '@sco/core';
import { parseDelimitedList } from '../search/delimited-list.js';
import { addTraits } from './agreement-traits.js';

/** The sector groups of an agreement's sector list: those that pass the sector filter, or `none`. */
export function sectorKeys(sectorCodes: string, filter: IndicatorFilter): string[] {
  const wanted = filter.sector === undefined ? null : new Set<string>(filter.sector);
  const sectors = parseDelimitedList(sectorCodes).filter((sector) => wanted === null || wanted.has(sector));
  return sectors.length > 0 ? sectors : [NO_SECTOR_KEY];
}

/**
 * Rows counted by an agreement's sector list (the index column `sector_codes`, sorted and without
 * duplicates: each agreement in one list), split by sector: each row goes to every sector of its list that
 * passes the sector filter, or to `none` (`sectorKeys`), placed by `place`; the rows that land on the same
 * key, group, region and columns of `AgreementCount` are summed, counts and traits. A sector's count is then
 * the number of agreements with the sector.
 */
export function splitSectorLists<
  R,
  C extends GroupCount & { readonly group?: string; readonly region?: string },
>(
  rows: readonly R[],
  filter: IndicatorFilter,
  sectorList: (row: R) => string,
  place: (row: R, sector: string) => C,
): C[] {
  const summed = new Map<string, C>();
  for (const row of rows) {
    for (const sector of sectorKeys(sectorList(row), filter)) {
      const placed = place(row, sector);
      const identity = JSON.stringify([
        placed.key,
        placed.group ?? null,
        placed.region ?? null,
        ...countColumns(placed),
      ]);
      const before = summed.get(identity);
      summed.set(identity, before === undefined ? placed : added(before, placed));
    }
  }
  return [...summed.values()];
}

function countColumns(row: AgreementCount): unknown[] {
  return [row.signed_year, row.type, row.bri_framing, row.verification];
}

function added<C extends AgreementCount>(a: C, b: C): C {
  const traits = a.traits === undefined || b.traits === undefined ? undefined : addTraits(a.traits, b.traits);
  return { ...a, count: a.count + b.count, ...(traits === undefined ? {} : { traits }) };
}
