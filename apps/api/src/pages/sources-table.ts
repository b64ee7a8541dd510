import { sourceStrength, type Agreement, type SourceCheck } from '@sco/core';
import { markup, type SafeHtml } from './html.js';

const LABELS: Readonly<Record<SourceCheck, string>> = {
  reposts_only: 'Resting only on reposts',
  paraphrase_only: 'Quoted only by paraphrase',
  ip_address_host: 'Citing a bare IP-address host',
  dead_looking_url: 'Citing an address that looks dead (by its form)',
};

/**
 * The landing page's small sources table: the records resting on weak sources, per verification level
 * (core's sourceStrength, as `sco data sources` and the overview brief give it), and how many records cite
 * an official page.
 */
export function sourcesTable(agreements: readonly Agreement[]): SafeHtml {
  if (agreements.length === 0) return markup``;
  const strength = sourceStrength(agreements);
  const rows = strength.checks.map(
    ({ check, ids, byLevel }) => markup`<tr>
        <th scope="row">${LABELS[check]}</th>
        <td>${String(ids.length)}</td>
        <td>${String(byLevel.verified)}</td>
        <td>${String(byLevel.single_source)}</td>
        <td>${String(byLevel.unverified)}</td>
      </tr>`,
  );
  return markup`<div class="table-scroll" tabindex="0" role="region" aria-labelledby="sources-caption">
    <table class="coverage">
      <caption id="sources-caption">
        Records on weak sources, by verification level: ${String(strength.official)} of
        ${String(strength.records)} records cite an official page, Chinese or partner</caption>
      <thead>
        <tr>
          <th scope="col">Records</th>
          <th scope="col">All</th>
          <th scope="col">Verified</th>
          <th scope="col">Single source</th>
          <th scope="col">Unverified</th>
        </tr>
      </thead>
      <tbody>${rows}</tbody>
    </table>
  </div>`;
}
