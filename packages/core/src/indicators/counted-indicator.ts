import type { Localized } from '../i18n/lang.js';
import type { AgreementType } from '../vocabulary/agreement-type.js';
import { agreementTypes } from '../vocabulary/agreement-type.js';
import type { BriFraming } from '../vocabulary/bri-framing.js';
import { includedIn, type Verification } from '../vocabulary/verification.js';
import { byBasis } from './by-basis.js';
import { UNKNOWN_FRAMING_LABEL } from './definitions/bri-share.js';
import { UNDATED_KEY, type GroupBy } from './group-by.js';
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

type CountMeasure = (counts: readonly AgreementCount[]) => IndicatorValue;

interface CountedSpec {
  readonly measure: CountMeasure;
  readonly parts: readonly {
    key: string;
    unit: 'count';
    label: Localized;
    measure: CountMeasure;
  }[];
}

const total = (counts: readonly AgreementCount[]) => counts.reduce((sum, row) => sum + row.count, 0);

/**
 * The indicators that are a count of agreements by their own columns, computed from grouped counts exactly
 * as their definitions compute them from the agreements (the same values, groups and order).
 */
const COUNTED: Readonly<Record<string, CountedSpec>> = {
  agreements: { measure: (counts) => countValue(total(counts), total(counts)), parts: [] },
  bri_share: {
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

/** The breakdowns a counted indicator can be computed with from `AgreementCount`s. */
const COUNTED_GROUP_BYS: readonly (GroupBy | null)[] = [null, 'year', 'type'];

/**
 * Whether an indicator with this filter and breakdown can be computed from grouped counts: the counted
 * indicators, without a breakdown or by year or type, and filters the database applies to the agreement
 * row (at most one of the partner filters, whose conjunction is per party).
 */
export function isCountable(id: string, filter: IndicatorFilter, groupBy: GroupBy | null): boolean {
  const partnerFilters = [filter.partner, filter.region, filter.partner_kind].filter((f) => f !== undefined);
  return (
    id in COUNTED &&
    COUNTED_GROUP_BYS.includes(groupBy) &&
    filter.partner_kind === undefined &&
    partnerFilters.length <= 1
  );
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
 * counted apart as the definitions do.
 */
export function countedIndicator(
  id: string,
  unit: IndicatorResult['unit'],
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
  counts: readonly AgreementCount[],
): IndicatorResult {
  const spec = COUNTED[id];
  if (!spec || !COUNTED_GROUP_BYS.includes(groupBy)) {
    throw new Error(`indicator "${id}" by ${groupBy ?? 'nothing'} is not computed from counts`);
  }
  const ranged = hasYearRange(filter);
  const undated = counts.filter((row) => row.signed_year === null);
  const kept = counts.filter((row) =>
    row.signed_year === null ? !ranged : inRange(row.signed_year, filter),
  );
  let groups: { key: string; counts: readonly AgreementCount[] }[] = [];
  if (groupBy === 'year') {
    groups = yearKeys(kept, filter).map((key) => ({
      key,
      counts: kept.filter((row) => String(row.signed_year) === key),
    }));
    const keptUndated = kept.filter((row) => row.signed_year === null);
    if (keptUndated.length > 0) groups.push({ key: UNDATED_KEY, counts: keptUndated });
  } else if (groupBy === 'type') {
    groups = agreementTypes.codes
      .map((key) => ({ key, counts: kept.filter((row) => row.type === key) }))
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
