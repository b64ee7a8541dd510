import type { Localized } from '../i18n/lang.js';
import type { AgreementType } from '../vocabulary/agreement-type.js';
import { agreementTypes } from '../vocabulary/agreement-type.js';
import type { BriFraming } from '../vocabulary/bri-framing.js';
import { includedIn, type Verification } from '../vocabulary/verification.js';
import { byBasis } from './by-basis.js';
import { UNKNOWN_FRAMING_LABEL } from './definitions/bri-share.js';
import { institutionKinds } from '../vocabulary/institution-kind.js';
import { UNDATED_KEY, type GroupBy } from './group-by.js';
import { REGION_ORDER, SECTOR_ORDER } from './group-items.js';
import { hasYearRange, type IndicatorFilter } from './indicator-filter.js';
import type { IndicatorCell, IndicatorResult } from './indicator-result.js';
import { countValue, ratioValue, type IndicatorValue } from './indicator-value.js';

/**
 * How many agreements that pass a filter's other conditions share a signature year, a type, a framing and
 * a verification level: the grouped count a database gives without reading the agreements themselves.
 */
export interface AgreementCount {
  readonly signed_year: number | null;
  readonly type: AgreementType;
  readonly bri_framing: BriFraming;
  readonly verification: Verification;
  readonly count: number;
}

/** The breakdowns by a partner party's attribute: an agreement counts once in each group of its partners. */
export type PartyGroupBy = 'region' | 'partner_kind';

/**
 * The breakdowns whose groups an agreement can fall in more than once: by its partners' attributes, and by
 * sector (an agreement counts once in each of its sectors that pass the sector filter, or in `none`).
 */
export type KeyedGroupBy = PartyGroupBy | 'sector';

/**
 * How many agreements that pass a filter's other conditions fall in the group `key`, by the same columns
 * as `AgreementCount`: by region or partner kind, those with a partner party that passes the partner
 * filters and is in the region (or `unknown`) or of the institution kind; by sector, those with the sector
 * (or none, `none`). An agreement in two groups counts once in each.
 */
export interface GroupCount extends AgreementCount {
  readonly key: string;
}

type CountMeasure = (counts: readonly AgreementCount[]) => IndicatorValue;

interface CountedSpec {
  /** The breakdowns computed from counts (no breakdown included). */
  readonly group_bys: readonly (GroupBy | null)[];
  /** Year groups hold every agreement signed in or before the year. */
  readonly cumulative?: boolean;
  readonly measure: CountMeasure;
  readonly parts: readonly {
    key: string;
    unit: 'count';
    label: Localized;
    measure: CountMeasure;
  }[];
}

const total = (counts: readonly AgreementCount[]) => counts.reduce((sum, row) => sum + row.count, 0);

const ROW_GROUP_BYS = [null, 'year', 'type'] as const;
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

/**
 * The indicators that are a count of agreements by their own columns, computed from grouped counts exactly
 * as their definitions compute them from the agreements (the same values, groups and order).
 */
const COUNTED: Readonly<Record<string, CountedSpec>> = {
  agreements: {
    group_bys: [...ROW_GROUP_BYS, ...PARTY_GROUP_BYS, 'sector'],
    measure: (counts) => countValue(total(counts), total(counts)),
    parts: [],
  },
  agreements_cumulative: {
    group_bys: [null, 'year'],
    cumulative: true,
    measure: (counts) => countValue(total(counts), total(counts)),
    parts: [],
  },
  bri_share: {
    group_bys: [...ROW_GROUP_BYS, ...PARTY_GROUP_BYS, 'sector'],
    measure: (counts) => {
      const known = total(counts.filter((row) => row.bri_framing !== 'unknown'));
      const framed = total(
        counts.filter((row) => row.bri_framing !== 'unknown' && row.bri_framing !== 'none'),
      );
      return ratioValue(framed, known, known);
    },
    parts: [
      {
        key: 'unknown_framing',
        unit: 'count',
        label: UNKNOWN_FRAMING_LABEL,
        measure: (counts) => {
          const unknown = total(counts.filter((row) => row.bri_framing === 'unknown'));
          return countValue(unknown, unknown);
        },
      },
    ],
  },
};

/**
 * Whether an indicator with this breakdown can be computed from grouped counts: the counted indicators
 * (agreements, their cumulative series, BRI share), without a breakdown, by year or type, or by region,
 * partner kind or sector (from `GroupCount`s), under any filter.
 */
export function isCountable(id: string, groupBy: GroupBy | null): boolean {
  return COUNTED[id]?.group_bys.includes(groupBy) ?? false;
}

function cell(spec: CountedSpec, counts: readonly AgreementCount[]): IndicatorCell {
  const at = (measure: CountMeasure) =>
    byBasis((basis) => measure(counts.filter((row) => includedIn(basis, row.verification))));
  return {
    values: at(spec.measure),
    parts: spec.parts.map(({ measure, ...part }) => ({ ...part, values: at(measure) })),
  };
}

function inRange(year: number, filter: IndicatorFilter): boolean {
  return (
    (filter.year_from === undefined || year >= filter.year_from) &&
    (filter.year_to === undefined || year <= filter.year_to)
  );
}

function keptBy<C extends AgreementCount>(counts: readonly C[], filter: IndicatorFilter): C[] {
  const ranged = hasYearRange(filter);
  return counts.filter((row) => (row.signed_year === null ? !ranged : inRange(row.signed_year, filter)));
}

function yearKeys(counts: readonly AgreementCount[], filter: IndicatorFilter): string[] {
  const years = counts.flatMap((row) => (row.signed_year === null ? [] : [row.signed_year]));
  const first = filter.year_from ?? (years.length > 0 ? Math.min(...years) : filter.year_to);
  const last = filter.year_to ?? (years.length > 0 ? Math.max(...years) : filter.year_from);
  if (first === undefined || last === undefined) return [];
  return Array.from({ length: last - first + 1 }, (_, i) => String(first + i));
}

/**
 * A counted indicator (see `isCountable`) from the grouped counts of the agreements that pass every
 * condition of the filter but the year range, which is applied here so that undated agreements are
 * counted apart as the definitions do. By region, partner kind or sector, the groups come from
 * `groupCounts` (required then), in the order the definitions give, each kept when an agreement falls in it.
 */
export function countedIndicator(
  id: string,
  unit: IndicatorResult['unit'],
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
  counts: readonly AgreementCount[],
  groupCounts: readonly GroupCount[] = [],
): IndicatorResult {
  const spec = COUNTED[id];
  if (!spec?.group_bys.includes(groupBy)) {
    throw new Error(`indicator "${id}" by ${groupBy ?? 'nothing'} is not computed from counts`);
  }
  const ranged = hasYearRange(filter);
  const undated = counts.filter((row) => row.signed_year === null);
  const kept = keptBy(counts, filter);
  let groups: { key: string; counts: readonly AgreementCount[] }[] = [];
  if (groupBy === 'year') {
    groups = yearKeys(kept, filter).map((key) => ({
      key,
      counts: kept.filter(
        (row) =>
          row.signed_year !== null &&
          (spec.cumulative === true ? row.signed_year <= Number(key) : String(row.signed_year) === key),
      ),
    }));
    const keptUndated = kept.filter((row) => row.signed_year === null);
    if (keptUndated.length > 0) groups.push({ key: UNDATED_KEY, counts: keptUndated });
  } else if (groupBy === 'type') {
    groups = agreementTypes.codes
      .map((key) => ({ key, counts: kept.filter((row) => row.type === key) }))
      .filter((group) => group.counts.length > 0);
  } else if (isKeyedGroupBy(groupBy)) {
    const keptGroups = keptBy(groupCounts, filter);
    groups = KEYED_GROUP_ORDER[groupBy]
      .map((key) => ({ key, counts: keptGroups.filter((row) => row.key === key) }))
      .filter((group) => group.counts.length > 0);
  }
  return {
    indicator: id,
    unit,
    filter,
    group_by: groupBy,
    total: cell(spec, kept),
    groups: groups.map((group) => ({ key: group.key, ...cell(spec, group.counts) })),
    excluded_undated: byBasis((basis) =>
      ranged ? total(undated.filter((row) => includedIn(basis, row.verification))) : 0,
    ),
    tally: null,
  };
}
