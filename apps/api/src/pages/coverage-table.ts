import {
  dataLabel,
  formatDateStyle,
  formatNumber,
  formatNumberRange,
  tallyCoverageRows,
  VERIFICATION_BASES,
  type Agreement,
  type Bounds,
  type CoverageInput,
  type Lang,
  type TallyAggregate,
} from '@sco/core';
import { markup, type SafeHtml } from './html.js';
import { tableTextsFor } from './texts/table-texts.js';

const range = ({ lower, upper }: Bounds, lang: Lang) => formatNumberRange(lower, upper, lang);

/** An official figure, or "?" where the claim gives none. */
const official = (value: number | null, lang: Lang) => (value === null ? '?' : formatNumber(value, lang));

const change = ({ lower, upper }: Bounds, lang: Lang) =>
  formatNumberRange(lower, upper, lang, { signed: true });

/** The release a coverage table is compared with: its id and its agreements' coverage inputs. */
export interface EarlierRelease {
  readonly id: string;
  readonly agreements: readonly CoverageInput[];
}

/**
 * The landing page's small coverage table: for every official cumulative tally, the standardisation
 * documents and partners the release identifies up to its date at each verification level, as lower–upper
 * bounds (core's tallyCoverageRows, as `sco data coverage` and the overview brief give them), beside the
 * official figures; with the release before it, the change since then in all records. In the page's language:
 * numbers through core's formatter, claimants by their labels.
 */
export function coverageTable(
  lang: Lang,
  agreements: readonly Agreement[],
  tallies: readonly TallyAggregate[],
  earlier?: EarlierRelease,
): SafeHtml {
  const t = tableTextsFor(lang);
  const rows = tallyCoverageRows(tallies, agreements, earlier?.agreements).map(
    ({ tally, bounds, change: moved }) => markup`<tr>
        <th scope="row">${formatDateStyle(tally.as_of, lang, 'numeric') ?? tally.as_of}</th>
        <td>${official(tally.documents, lang)} / ${official(tally.partners, lang)}</td>
        ${VERIFICATION_BASES.map(
          (basis) =>
            markup`<td>${range(bounds[basis].documents, lang)} / ${range(bounds[basis].partners, lang)}</td>`,
        )}
        ${moved ? markup`<td>${change(moved.all.documents, lang)} / ${change(moved.all.partners, lang)}</td>` : markup``}
        <td class="claimant">${dataLabel(tally.claimant, lang)}</td>
      </tr>`,
  );
  if (rows.length === 0) return markup``;
  return markup`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="coverage-caption">
    <table class="coverage tallies">
      <caption id="coverage-caption">${t.coverageCaption}</caption>
      <thead>
        <tr>
          <th scope="col">${t.coverage.asOf}</th>
          <th scope="col">${t.coverage.official}</th>
          <th scope="col">${t.coverage.verified}</th>
          <th scope="col">${t.coverage.verifiedSingle}</th>
          <th scope="col">${t.coverage.all}</th>
          ${earlier ? markup`<th scope="col">${t.coverage.change(earlier.id)}</th>` : markup``}
          <th scope="col">${t.coverage.claimedBy}</th>
        </tr>
      </thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}
