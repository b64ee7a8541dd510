import { agreementTypes } from '../vocabulary/agreement-type.js';
import { institutionKinds } from '../vocabulary/institution-kind.js';
import { provisions } from '../vocabulary/provision.js';
import { includedIn } from '../vocabulary/verification.js';
import { byBasis } from './by-basis.js';
import { narrowRows, totalCount, type AgreementCount, type CountRows } from './count-rows.js';
import type { CountedSpec, CountMeasure, CountNeed } from './counted-spec.js';
import { COVERAGE_SPEC } from './coverage-spec.js';
import { UNDATED_KEY, type GroupBy } from './group-by.js';
import { REGION_ORDER, SECTOR_ORDER } from './group-items.js';
import { hasYearRange, type IndicatorFilter } from './indicator-filter.js';
import type { IndicatorCell, IndicatorResult } from './indicator-result.js';
import { tallyReference } from './latest-tally.js';
import { PARTNER_SPECS } from './partner-specs.js';
import { ROW_SPECS } from './row-specs.js';
import { TRAIT_SPECS } from './trait-specs.js';

/** The breakdowns by a partner party's attribute: an agreement counts once in each group of its partners. */
export type PartyGroupBy = 'region' | 'partner_kind';

/**
 * The breakdowns whose groups an agreement can fall in more than once: by its partners' attributes, and by
 * sector (an agreement counts once in each of its sectors that pass the sector filter, or in `none`).
 */
export type KeyedGroupBy = PartyGroupBy | 'sector';

const PARTY_GROUP_BYS = ['region', 'partner_kind'] as const;
const KEYED_GROUP_ORDER: Readonly<Record<KeyedGroupBy, readonly string[]>> = {
  region: REGION_ORDER,
  partner_kind: institutionKinds.codes,
  sector: SECTOR_ORDER,
};

/** Whether a breakdown is by a partner party's attribute. */
export function isPartyGroupBy(groupBy: GroupBy | null): groupBy is PartyGroupBy {
  return (PARTY_GROUP_BYS as readonly (GroupBy | null)[]).includes(groupBy);
}

/** Whether a breakdown's groups are counted by `GroupCount`s (by partner party or by sector). */
export function isKeyedGroupBy(groupBy: GroupBy | null): groupBy is KeyedGroupBy {
  return isPartyGroupBy(groupBy) || groupBy === 'sector';
}

/** How each indicator computed from counts is computed, by id. */
const COUNTED: Readonly<Record<string, CountedSpec>> = {
  ...ROW_SPECS,
  ...TRAIT_SPECS,
  ...PARTNER_SPECS,
  coverage: COVERAGE_SPEC,
};

/**
 * Whether an indicator with this breakdown can be computed from grouped counts (see `CountRows`), under
 * any filter: every indicator of the catalogue with each of its breakdowns (by region, partner kind or
 * sector from the counts of the keyed groups, and the per-partner or per-sector counts of each group).
 */
export function isCountable(id: string, groupBy: GroupBy | null): boolean {
  return COUNTED[id]?.group_bys.includes(groupBy) ?? false;
}

/** The count rows a countable indicator reads besides the agreement counts (and the keyed groups). */
export function countNeeds(id: string): readonly CountNeed[] {
  return COUNTED[id]?.needs ?? [];
}

function cell(spec: CountedSpec, rows: CountRows, measure: CountMeasure = spec.measure): IndicatorCell {
  const at = (m: CountMeasure) =>
    byBasis((basis) => m(narrowRows(rows, (row) => includedIn(basis, row.verification))));
  return {
    values: at(measure),
    parts: spec.parts.map(({ measure: partMeasure, ...part }) => ({ ...part, values: at(partMeasure) })),
  };
}

function inRange(year: number, filter: IndicatorFilter): boolean {
  return (
    (filter.year_from === undefined || year >= filter.year_from) &&
    (filter.year_to === undefined || year <= filter.year_to)
  );
}

function keptBy(filter: IndicatorFilter): (row: AgreementCount) => boolean {
  const ranged = hasYearRange(filter);
  return (row) => (row.signed_year === null ? !ranged : inRange(row.signed_year, filter));
}

function yearKeys(counts: readonly AgreementCount[], filter: IndicatorFilter): string[] {
  const years = counts.flatMap((row) => (row.signed_year === null ? [] : [row.signed_year]));
  const first = filter.year_from ?? (years.length > 0 ? Math.min(...years) : filter.year_to);
  const last = filter.year_to ?? (years.length > 0 ? Math.max(...years) : filter.year_from);
  if (first === undefined || last === undefined) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

type Group = { key: string; cell: IndicatorCell };

function groupsOf(spec: CountedSpec, kept: CountRows, groupBy: GroupBy | null, filter: IndicatorFilter) {
  if (groupBy === 'year') {
    const groups: Group[] = yearKeys(kept.counts, filter).map((key) => ({
      key,
      cell: cell(
        spec,
        narrowRows(
          kept,
          (row) =>
            row.signed_year !== null &&
            (spec.cumulative === true ? row.signed_year <= Number(key) : String(row.signed_year) === key),
        ),
      ),
    }));
    const undated = narrowRows(kept, (row) => row.signed_year === null);
    if (undated.counts.length > 0)
      groups.push({
        key: UNDATED_KEY,
        cell: spec.undated === undefined ? cell(spec, undated) : cell(spec, kept, spec.undated),
      });
    return groups;
  }
  if (groupBy === 'type') {
    return agreementTypes.codes
      .map((key) => ({ key, rows: narrowRows(kept, (row) => row.type === key) }))
      .filter((group) => group.rows.counts.length > 0)
      .map(({ key, rows }) => ({ key, cell: cell(spec, rows) }));
  }
  if (groupBy === 'provision' && spec.provision !== undefined) {
    const measureOf = spec.provision;
    return provisions.codes.map((key) => ({ key, cell: cell(spec, kept, measureOf(key)) }));
  }
  if (isKeyedGroupBy(groupBy)) {
    // As core's `groupItems`: by region or partner kind, an agreement is narrowed to its partners in the
    // group; by sector, to the sector. The per-partner rows of a region are those of its partners (each
    // row carries its partner's region); the other per-partner and per-sector rows are counted per group.
    const partnersIn = (key: string) =>
      groupBy === 'region'
        ? kept.partners.filter((row) => row.region === key)
        : kept.group_partners.filter((row) => row.group === key);
    const sectorsIn = (key: string) =>
      groupBy === 'sector' ? kept.sectors : kept.group_sectors.filter((row) => row.group === key);
    return KEYED_GROUP_ORDER[groupBy]
      .map((key) => ({ key, counts: kept.groups.filter((row) => row.key === key) }))
      .filter((group) => group.counts.length > 0)
      .map(({ key, counts }) => ({
        key,
        cell: cell(spec, { ...kept, counts, partners: partnersIn(key), sectors: sectorsIn(key) }),
      }));
  }
  return [];
}

/**
 * A counted indicator (see `isCountable`) from the grouped counts of the agreements that pass every
 * condition of the filter but the year range, which is applied here so that undated agreements are
 * counted apart as the definitions do. By region, partner kind or sector, the groups come from
 * `rows.groups`, in the order the definitions give, each kept when an agreement falls in it; their partners
 * and sectors from `group_partners` and `group_sectors` (by region, the partners of the region).
 */
export function countedIndicator(
  id: string,
  unit: IndicatorResult['unit'],
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
  rows: CountRows,
): IndicatorResult {
  const spec = COUNTED[id];
  if (!spec?.group_bys.includes(groupBy)) {
    throw new Error(`indicator "${id}" by ${groupBy ?? 'nothing'} is not computed from counts`);
  }
  const ranged = hasYearRange(filter);
  const undated = rows.counts.filter((row) => row.signed_year === null);
  const kept = narrowRows(rows, keptBy(filter));
  return {
    indicator: id,
    unit,
    filter,
    group_by: groupBy,
    total: cell(spec, kept),
    groups: groupsOf(spec, kept, groupBy, filter).map((group) => ({ key: group.key, ...group.cell })),
    excluded_undated: byBasis((basis) =>
      ranged ? totalCount(undated.filter((row) => includedIn(basis, row.verification))) : 0,
    ),
    tally: spec.needs?.includes('tally') === true && rows.tally !== null ? tallyReference(rows.tally) : null,
  };
}
