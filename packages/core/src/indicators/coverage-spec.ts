import type { OfficialTallyRecord } from '../model/official-tally.js';
import { totalCount, type PlacementCount } from './count-rows.js';
import type { CountedSpec, CountMeasure } from './counted-spec.js';
import { LATER_LABEL, PARTNERS_COVERAGE_LABEL, UNDATED_LABEL } from './definitions/coverage.js';
import { countValue, nullValue, ratioValue } from './indicator-value.js';
import { placeAgainstTally, type TallyPlacement } from './tally-placement.js';

function placed(
  placements: readonly PlacementCount[],
  tally: OfficialTallyRecord,
  keep: (placement: TallyPlacement) => boolean,
): number {
  return totalCount(placements.filter((row) => keep(placeAgainstTally(row, tally.as_of))));
}

const onOrBefore = (placement: TallyPlacement) => placement === 'before' || placement === 'straddles';

const documents: CountMeasure = ({ placements, tally }) => {
  if (tally === null) return nullValue('no_tally', 0);
  const n = placed(placements, tally, onOrBefore);
  return ratioValue(n, tally.documents ?? 0, n);
};

/** The partners of the agreements on or before the tally: the partner rows are read for those only. */
const partnerCoverage: CountMeasure = ({ placements, partners, tally }) => {
  if (tally === null) return nullValue('no_tally', 0);
  const n = placed(placements, tally, onOrBefore);
  if (tally.partners === null) return nullValue('tally_without_partners', n);
  return ratioValue(new Set(partners.map((row) => row.key)).size, tally.partners, n);
};

const counted = (measure: (rows: Parameters<CountMeasure>[0]) => number): CountMeasure => {
  return (rows) => countValue(measure(rows), measure(rows));
};

/**
 * Coverage of the latest cumulative tally from the counts by signature date and terminus ante quem (each
 * placed against the tally by core's `placeAgainstTally`) and the partners of the agreements on or before
 * it. Its definition's values, without a breakdown.
 */
export const COVERAGE_SPEC: CountedSpec = {
  group_bys: [null],
  needs: ['placements', 'covered_partners', 'tally'],
  measure: documents,
  parts: [
    { key: 'partners', unit: 'share', label: PARTNERS_COVERAGE_LABEL, measure: partnerCoverage },
    {
      key: 'undated',
      unit: 'count',
      label: UNDATED_LABEL,
      measure: counted(({ placements, tally }) =>
        tally === null
          ? totalCount(placements.filter((row) => row.signed_date === null))
          : placed(placements, tally, (placement) => placement === 'undated'),
      ),
    },
    {
      key: 'later',
      unit: 'count',
      label: LATER_LABEL,
      measure: counted(({ placements, tally }) =>
        tally === null ? 0 : placed(placements, tally, (placement) => placement === 'after'),
      ),
    },
  ],
};
