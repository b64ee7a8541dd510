import {
  coverageRange,
  formatNumber,
  formatNumberRange,
  sourceStrength,
  type Agreement,
  type Bounds,
  type SourceCheck,
} from '@sco/core';
import { coverageTextsFor } from '../../i18n/coverage-texts.js';
import { formatPartialDate } from '../../i18n/format-date.js';
import type { BriefContext } from '../brief-context.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';
import { dataTable } from '../table.js';

const LEVELS: readonly ((a: Agreement) => boolean)[] = [
  (a) => a.verification === 'verified',
  (a) => a.verification !== 'unverified',
  () => true,
];

/**
 * Coverage of the official cumulative tallies as lower–upper bounds at each verification level (core's
 * coverageRange, as `sco data coverage` prints it), and the strength of the records' sources (core's
 * sourceStrength, as `sco data sources`).
 */
export function coverageSourcesBody(ctx: BriefContext): SectionBody {
  const { lang, data } = ctx;
  const t = coverageTextsFor(lang);
  const bounds = ({ lower, upper }: Bounds) => formatNumberRange(lower, upper, lang);
  const tallies = data.dataset.tables.official_tallies
    .filter((tally) => tally.series === 'cumulative' && tally.documents !== null)
    .sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0));
  const rows = tallies.map((tally) => {
    const levels = LEVELS.map((keep) => coverageRange(data.agreements.filter(keep), tally.as_of));
    const claimed = `${formatNumber(tally.documents ?? 0, lang)} / ${tally.partners === null ? '—' : formatNumber(tally.partners, lang)}`;
    return [
      formatPartialDate(tally.as_of, lang) ?? tally.as_of,
      claimed,
      ...levels.map((level) => bounds(level.documents)),
      bounds(levels[2]?.partners ?? { lower: 0, upper: 0 }),
    ];
  });
  const strength = sourceStrength(data.agreements);
  const count = (check: SourceCheck) =>
    formatNumber(strength.checks.find((result) => result.check === check)?.ids.length ?? 0, lang);
  const share = strength.records === 0 ? 0 : strength.official / strength.records;
  return sectionBody(
    html`<p>${t.intro}</p>`,
    html`${dataTable(ctx, {
        caption: t.caption,
        columns: [
          { label: t.columns.asOf, date: true },
          { label: t.columns.claimed, numeric: true },
          { label: t.columns.verified, numeric: true },
          { label: t.columns.verifiedSingle, numeric: true },
          { label: t.columns.all, numeric: true },
          { label: t.columns.partners, numeric: true },
        ],
        rows,
      })}
      <p>
        ${t.sources(
          formatNumber(strength.official, lang),
          formatNumber(strength.records, lang),
          formatNumber(share, lang, { percent: true, maxFractionDigits: 0 }),
          count('reposts_only'),
          count('paraphrase_only'),
          count('ip_address_host'),
          count('dead_looking_url'),
        )}
      </p>`,
  );
}
