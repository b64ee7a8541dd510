import { coverageRange, type Agreement, type Bounds, type TallyAggregate } from '@sco/core';
import { markup, type SafeHtml } from './html.js';

const range = ({ lower, upper }: Bounds) => (lower === upper ? `${lower}` : `${lower}–${upper}`);

/**
 * The landing page's small coverage table: for every official cumulative tally, the standardisation
 * documents and partners the release identifies up to its date (all verification levels; a range where a
 * record dated only to the tally's year straddles it), beside the official figures.
 */
export function coverageTable(
  agreements: readonly Agreement[],
  tallies: readonly TallyAggregate[],
): SafeHtml {
  const rows = tallies
    .filter((tally) => tally.series === 'cumulative' && tally.documents !== null)
    .sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0))
    .map((tally) => {
      const c = coverageRange(agreements, tally.as_of);
      return markup`<tr>
        <th scope="row">${tally.as_of}</th>
        <td>${String(tally.documents)} / ${tally.partners === null ? '?' : String(tally.partners)}</td>
        <td>${range(c.documents)} / ${range(c.partners)}</td>
        <td>${tally.claimant}</td>
      </tr>`;
    });
  if (rows.length === 0) return markup``;
  return markup`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="coverage-caption">
    <table class="coverage">
      <caption id="coverage-caption">
        Official cumulative tallies and what this release documents up to each date</caption>
      <thead>
        <tr>
          <th scope="col">As of</th>
          <th scope="col">Official: documents / partners</th>
          <th scope="col">Documented: documents / partners</th>
          <th scope="col">Claimed by</th>
        </tr>
      </thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}
