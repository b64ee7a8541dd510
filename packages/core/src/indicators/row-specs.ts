import { totalCount, type AgreementCount } from './count-rows.js';
import type { CountedSpec } from './counted-spec.js';
import { UNKNOWN_FRAMING_LABEL } from './definitions/bri-share.js';
import { countValue, ratioValue } from './indicator-value.js';

const ALL_GROUP_BYS = [null, 'year', 'type', 'region', 'partner_kind', 'sector'] as const;

const count = ({ counts }: { counts: readonly AgreementCount[] }) =>
  countValue(totalCount(counts), totalCount(counts));

/**
 * The indicators that count agreements by their own columns (agreements, their cumulative series, BRI
 * share), in every breakdown (by region, partner kind or sector from the counts of the keyed groups).
 */
export const ROW_SPECS: Readonly<Record<string, CountedSpec>> = {
  agreements: { group_bys: ALL_GROUP_BYS, measure: count, parts: [] },
  agreements_cumulative: { group_bys: [null, 'year'], cumulative: true, measure: count, parts: [] },
  bri_share: {
    group_bys: ALL_GROUP_BYS,
    measure: ({ counts }) => {
      const known = totalCount(counts.filter((row) => row.bri_framing !== 'unknown'));
      const framed = totalCount(
        counts.filter((row) => row.bri_framing !== 'unknown' && row.bri_framing !== 'none'),
      );
      return ratioValue(framed, known, known);
    },
    parts: [
      {
        key: 'unknown_framing',
        unit: 'count',
        label: UNKNOWN_FRAMING_LABEL,
        measure: ({ counts }) => {
          const unknown = totalCount(counts.filter((row) => row.bri_framing === 'unknown'));
          return countValue(unknown, unknown);
        },
      },
    ],
  },
};
