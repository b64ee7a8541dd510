import type { Agreement, Party } from '../dataset/assemble.js';
import type { Jurisdiction } from '../geo/jurisdiction.js';
import type { IcsField } from '../vocabulary/ics-field.js';
import { isAdjacentScope } from '../vocabulary/scope.js';
import { byBasis, inBasis, type ByBasis } from './by-basis.js';
import { hasYearRange, type IndicatorFilter } from './indicator-filter.js';

/** An agreement that passes a filter, with the partners and sectors that count for it. */
export interface SelectedAgreement {
  readonly agreement: Agreement;
  /** Partner parties that pass the partner filters (and the current breakdown by region or partner kind). */
  readonly partner_parties: readonly Party[];
  /** Distinct jurisdictions of those parties: each partner counts once per agreement. */
  readonly partners: readonly Jurisdiction[];
  /** Sectors that pass the sector filter (and the current breakdown by sector). */
  readonly sectors: readonly IcsField[];
}

export interface Selection {
  readonly items: readonly SelectedAgreement[];
  /** Agreements that pass every other filter but are undated, when a year range is set. */
  readonly excluded_undated: ByBasis<number>;
}

/** The same agreement counted with fewer partner parties, or null when none is left. */
export function withPartnerParties(
  item: SelectedAgreement,
  keep: (party: Party) => boolean,
): SelectedAgreement | null {
  const parties = item.partner_parties.filter(keep);
  if (parties.length === 0) return null;
  const partners = new Map<string, Jurisdiction>();
  for (const party of parties) partners.set(party.jurisdiction.code, party.jurisdiction);
  return { ...item, partner_parties: parties, partners: [...partners.values()] };
}

function includesOrAll<T>(wanted: readonly T[] | undefined, value: T): boolean {
  return wanted === undefined || wanted.includes(value);
}

/** Adjacent scopes count only when asked for, by `include_adjacent` or an explicit scope filter. */
function scopeCounts(agreement: Agreement, filter: IndicatorFilter): boolean {
  if (filter.scope !== undefined) return filter.scope.includes(agreement.scope);
  return filter.include_adjacent || !isAdjacentScope(agreement.scope);
}

function partyPasses(party: Party, filter: IndicatorFilter): boolean {
  return (
    party.side === 'partner' &&
    (filter.region === undefined ||
      (party.jurisdiction.region !== null && filter.region.includes(party.jurisdiction.region))) &&
    includesOrAll(filter.partner, party.jurisdiction.code) &&
    includesOrAll(filter.partner_kind, party.institution.kind)
  );
}

function selectOne(agreement: Agreement, filter: IndicatorFilter): SelectedAgreement | null {
  if (!scopeCounts(agreement, filter)) return null;
  if (!includesOrAll(filter.type, agreement.type) || !includesOrAll(filter.bri, agreement.bri_framing))
    return null;
  const sectors = [...new Set(agreement.sectors)].filter((sector) => includesOrAll(filter.sector, sector));
  if (filter.sector !== undefined && sectors.length === 0) return null;
  const all: SelectedAgreement = { agreement, partner_parties: agreement.parties, partners: [], sectors };
  return withPartnerParties(all, (party) => partyPasses(party, filter));
}

function inYearRange(year: number, filter: IndicatorFilter): boolean {
  return (
    (filter.year_from === undefined || year >= filter.year_from) &&
    (filter.year_to === undefined || year <= filter.year_to)
  );
}

/**
 * The agreements a filter keeps. Filters AND with each other and OR within themselves. When a year range
 * is set, undated agreements cannot be placed: they are left out and counted in `excluded_undated`.
 */
export function selectAgreements(agreements: readonly Agreement[], filter: IndicatorFilter): Selection {
  const items: SelectedAgreement[] = [];
  const undated: SelectedAgreement[] = [];
  const ranged = hasYearRange(filter);
  for (const agreement of agreements) {
    const item = selectOne(agreement, filter);
    if (item === null) continue;
    const year = agreement.signed.year;
    if (ranged && year === null) undated.push(item);
    else if (year === null || inYearRange(year, filter)) items.push(item);
  }
  return { items, excluded_undated: byBasis((basis) => inBasis(undated, basis).length) };
}
