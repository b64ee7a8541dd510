import type { Party } from '../dataset/assemble.js';
import { REGION_CODES } from '../geo/regions.js';
import { agreementTypes } from '../vocabulary/agreement-type.js';
import { icsFields } from '../vocabulary/ics-field.js';
import { institutionKinds } from '../vocabulary/institution-kind.js';
import { NO_SECTOR_KEY, UNDATED_KEY, UNKNOWN_REGION_KEY, type AgreementGroupBy } from './group-by.js';
import type { IndicatorFilter } from './indicator-filter.js';
import { withPartnerParties, type SelectedAgreement } from './select-agreements.js';

export interface ItemGroup {
  readonly key: string;
  readonly items: readonly SelectedAgreement[];
}

export function regionKey(party: Party): string {
  return party.jurisdiction.region ?? UNKNOWN_REGION_KEY;
}

/**
 * Splits items into groups in the order of `order`, keeping the keys that occur. An item goes into every
 * group among its keys, narrowed to what belongs to that group.
 */
function split(
  items: readonly SelectedAgreement[],
  order: readonly string[],
  keysOf: (item: SelectedAgreement) => readonly string[],
  narrow: (item: SelectedAgreement, key: string) => SelectedAgreement | null,
): ItemGroup[] {
  const present = new Set(items.flatMap(keysOf));
  return order
    .filter((key) => present.has(key))
    .map((key) => ({
      key,
      items: items.flatMap((item) => {
        if (!keysOf(item).includes(key)) return [];
        const narrowed = narrow(item, key);
        return narrowed === null ? [] : [narrowed];
      }),
    }));
}

/** Every year from the first to the last (or the filter's bounds), so that a series has no gaps. */
function yearRange(items: readonly SelectedAgreement[], filter: IndicatorFilter): number[] {
  const years = items.flatMap((item) =>
    item.agreement.signed.year === null ? [] : [item.agreement.signed.year],
  );
  const first = filter.year_from ?? (years.length > 0 ? Math.min(...years) : filter.year_to);
  const last = filter.year_to ?? (years.length > 0 ? Math.max(...years) : filter.year_from);
  if (first === undefined || last === undefined) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

/**
 * Groups by signature year. Undated agreements go to their own `undated` group, never to a year. With
 * `cumulative`, the group of year Y holds every agreement signed in or before Y.
 */
export function groupByYear(
  items: readonly SelectedAgreement[],
  filter: IndicatorFilter,
  cumulative = false,
): ItemGroup[] {
  const groups: ItemGroup[] = yearRange(items, filter).map((year) => ({
    key: String(year),
    items: items.filter((item) => {
      const signed = item.agreement.signed.year;
      return signed !== null && (cumulative ? signed <= year : signed === year);
    }),
  }));
  const undated = items.filter((item) => item.agreement.signed.year === null);
  if (undated.length > 0) groups.push({ key: UNDATED_KEY, items: undated });
  return groups;
}

/** The order of the region groups: the UN M49 regions, then partners of unknown region. */
export const REGION_ORDER: readonly string[] = [...REGION_CODES, UNKNOWN_REGION_KEY];
/** The order of the sector groups: the ICS fields, then agreements that name none. */
export const SECTOR_ORDER: readonly string[] = [...icsFields.codes, NO_SECTOR_KEY];

/**
 * Splits items by a breakdown. By region and partner kind, an agreement goes into each group one of its
 * partners belongs to, with only those partners; by sector, into each of its sectors (or `none`).
 */
export function groupItems(
  items: readonly SelectedAgreement[],
  groupBy: AgreementGroupBy,
  filter: IndicatorFilter,
): ItemGroup[] {
  switch (groupBy) {
    case 'year':
      return groupByYear(items, filter);
    case 'type':
      return split(
        items,
        agreementTypes.codes,
        (item) => [item.agreement.type],
        (item) => item,
      );
    case 'region':
      return split(
        items,
        REGION_ORDER,
        (item) => item.partner_parties.map(regionKey),
        (item, key) => withPartnerParties(item, (party) => regionKey(party) === key),
      );
    case 'partner_kind':
      return split(
        items,
        institutionKinds.codes,
        (item) => item.partner_parties.map((party) => party.institution.kind),
        (item, key) => withPartnerParties(item, (party) => party.institution.kind === key),
      );
    case 'sector':
      return split(
        items,
        SECTOR_ORDER,
        (item) => (item.sectors.length > 0 ? item.sectors : [NO_SECTOR_KEY]),
        (item, key) => ({ ...item, sectors: item.sectors.filter((sector) => sector === key) }),
      );
  }
}
