import { NO_SECTOR_KEY } from './group-by.js';
import { totalCount, type GroupCount } from './count-rows.js';
import type { CountedSpec, CountMeasure } from './counted-spec.js';
import { herfindahl } from './hhi.js';
import { countValue, nullValue, type IndicatorValue } from './indicator-value.js';

/**
 * The breakdowns the catalogue gives these indicators. By region, the per-partner rows carry the
 * partner's region; by partner kind and sector, the per-partner rows are counted per group, and so are the
 * per-sector rows by region and partner kind (`group_partners`, `group_sectors`); `countedIndicator` gives
 * each group its rows. Not the HHI of regions by region, nor of sectors by sector (one category per group).
 */
const ROW_GROUP_BYS = [null, 'year', 'type'] as const;
const KEYED_GROUP_BYS = [...ROW_GROUP_BYS, 'region', 'partner_kind', 'sector'] as const;

/** Each key's count summed over some rows: the (category, agreement) pairs of each category. */
function pairsBy<R extends GroupCount>(rows: readonly R[], keyOf: (row: R) => string): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const row of rows) pairs.set(keyOf(row), (pairs.get(keyOf(row)) ?? 0) + row.count);
  return pairs;
}

/** HHI of the pairs of each category; `n` the agreements with at least one pair (as `hhiMeasure`). */
function hhiOf(pairs: ReadonlyMap<string, number>, n: number): IndicatorValue {
  const value = herfindahl(pairs.values());
  if (value === null) return nullValue('no_pairs', n);
  const denominator = [...pairs.values()].reduce((sum, count) => sum + count, 0);
  return { value, null_reason: null, n, denominator };
}

const partnerCount: CountMeasure = ({ counts, partners }) =>
  countValue(new Set(partners.map((row) => row.key)).size, totalCount(counts));

/** Partners of undated agreements only; n is the number of undated agreements. */
const undatedOnly: CountMeasure = ({ counts, partners }) => {
  const dated = new Set(partners.filter((row) => row.signed_year !== null).map((row) => row.key));
  const only = new Set(
    partners.filter((row) => row.signed_year === null && !dated.has(row.key)).map((row) => row.key),
  );
  return countValue(only.size, totalCount(counts.filter((row) => row.signed_year === null)));
};

/**
 * The indicators of partners (distinct partners, their cumulative series, the concentrations across
 * partners, regions and sectors), computed from the counts per partner or per sector. Every agreement
 * counted has a partner that passes the filters, so each has at least one partner pair.
 */
export const PARTNER_SPECS: Readonly<Record<string, CountedSpec>> = {
  partners: { group_bys: KEYED_GROUP_BYS, needs: ['partners'], measure: partnerCount, parts: [] },
  partners_cumulative: {
    group_bys: [null, 'year'],
    needs: ['partners'],
    cumulative: true,
    measure: partnerCount,
    undated: undatedOnly,
    parts: [],
  },
  hhi_partners: {
    group_bys: KEYED_GROUP_BYS,
    needs: ['partners'],
    measure: ({ counts, partners }) =>
      hhiOf(
        pairsBy(partners, (row) => row.key),
        totalCount(counts),
      ),
    parts: [],
  },
  hhi_regions: {
    group_bys: [...ROW_GROUP_BYS, 'sector', 'partner_kind'],
    needs: ['partners'],
    measure: ({ counts, partners }) =>
      hhiOf(
        pairsBy(partners, (row) => row.region),
        totalCount(counts),
      ),
    parts: [],
  },
  hhi_sectors: {
    group_bys: [...ROW_GROUP_BYS, 'region', 'partner_kind'],
    needs: ['sectors'],
    measure: ({ counts, sectors }) => {
      const named = sectors.filter((row) => row.key !== NO_SECTOR_KEY);
      const none = totalCount(sectors.filter((row) => row.key === NO_SECTOR_KEY));
      return hhiOf(
        pairsBy(named, (row) => row.key),
        totalCount(counts) - none,
      );
    },
    parts: [],
  },
};
