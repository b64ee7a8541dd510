import {
  formatNumber,
  SOURCE_CHECK_LABELS,
  SOURCE_STRENGTH_COLUMNS,
  sourceStrength,
  type Agreement,
  type Lang,
  type SourceStrengthColumn,
} from '@sco/core';
import { markup, type SafeHtml } from './html.js';
import { tableTextsFor } from './texts/table-texts.js';

/**
 * The landing page's small sources table: the records resting on weak sources, per verification level
 * (core's sourceStrength, as `sco data sources` and the overview brief give it), and how many records cite
 * an official page; in the page's language, its numbers through core's formatter.
 */
export function sourcesTable(lang: Lang, agreements: readonly Agreement[]): SafeHtml {
  if (agreements.length === 0) return markup``;
  const t = tableTextsFor(lang);
  const column = (name: SourceStrengthColumn) => SOURCE_STRENGTH_COLUMNS[name][lang];
  const count = (n: number) => formatNumber(n, lang);
  const strength = sourceStrength(agreements);
  const rows = strength.checks.map(
    ({ check, ids, byLevel }) => markup`<tr>
        <th scope="row">${SOURCE_CHECK_LABELS[check][lang]}</th>
        <td>${count(ids.length)}</td>
        <td>${count(byLevel.verified)}</td>
        <td>${count(byLevel.single_source)}</td>
        <td>${count(byLevel.unverified)}</td>
      </tr>`,
  );
  return markup`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="sources-caption">
    <table class="coverage">
      <caption id="sources-caption">
        ${t.sourcesCaption(count(strength.official), count(strength.records))}</caption>
      <thead>
        <tr>
          <th scope="col">${column('records')}</th>
          <th scope="col">${column('all')}</th>
          <th scope="col">${column('verified')}</th>
          <th scope="col">${column('single_source')}</th>
          <th scope="col">${column('unverified')}</th>
        </tr>
      </thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}
