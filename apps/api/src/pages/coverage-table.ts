import {
  formatNumberRange,
  tallyCoverageRows,
  VERIFICATION_BASES,
  type Agreement,
  type Bounds,
  type TallyAggregate,
} from '@sco/core';
import { markup, type SafeHtml } from './html.js';

const range = ({ lower, upper }: Bounds) => (lower === upper ? `${lower}` : `${lower}–${upper}`);

const change = ({ lower, upper }: Bounds) => formatNumberRange(lower, upper, 'en', { signed: true });

/** The release a coverage table is compared with: its id and its agreements. */
export interface EarlierRelease {
  readonly id: string;
  readonly agreements: readonly Agreement[];
}

/**
 * The landing page's small coverage table: for every official cumulative tally, the standardisation
 * documents and partners the release identifies up to its date at each verification level, as lower–upper
 * bounds (core's tallyCoverageRows, as `sco data coverage` and the overview brief give them), beside the
 * official figures; with the release before it, the change since then in all records.
 */
export function coverageTable(
  agreements: readonly Agreement[],
  tallies: readonly TallyAggregate[],
  earlier?: EarlierRelease,
): SafeHtml {
  const rows = tallyCoverageRows(tallies, agreements, earlier?.agreements).map(
    ({ tally, bounds, change: moved }) => markup`<tr>
        <th scope="row">${tally.as_of}</th>
        <td>${String(tally.documents)} / ${tally.partners === null ? '?' : String(tally.partners)}</td>
        ${VERIFICATION_BASES.map(
          (basis) => markup`<td>${range(bounds[basis].documents)} / ${range(bounds[basis].partners)}</td>`,
        )}
        ${moved ? markup`<td>${change(moved.all.documents)} / ${change(moved.all.partners)}</td>` : markup``}
        <td class="claimant">${tally.claimant}</td>
      </tr>`,
  );
  if (rows.length === 0) return markup``;
  return markup`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="coverage-caption">
    <table class="coverage tallies">
      <caption id="coverage-caption">
        Official cumulative tallies and what this release documents up to each date (documents / partners;
        a range where a record’s date may fall either side)</caption>
      <thead>
        <tr>
          <th scope="col">As of</th>
          <th scope="col">Official</th>
          <th scope="col">Verified</th>
          <th scope="col">Verified + single source</th>
          <th scope="col">All records</th>
          ${earlier ? markup`<th scope="col">Change since ${earlier.id} (all records)</th>` : markup``}
          <th scope="col">Claimed by</th>
        </tr>
      </thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}
