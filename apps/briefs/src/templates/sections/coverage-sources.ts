import {
  formatNumber,
  formatNumberRange,
  intlLocale,
  jurisdictionResolver,
  namedPartnerGaps,
  SOURCE_CHECK_LABELS,
  SOURCE_STRENGTH_COLUMNS,
  sourceStrength,
  tallyCoverageRows,
  VERIFICATION_BASES,
  type Bounds,
  type SourceStrengthColumn,
} from '@sco/core';
import { coverageTextsFor } from '../../i18n/coverage-texts.js';
import { formatDay, formatPartialDate } from '../../i18n/format-date.js';
import type { BriefContext } from '../brief-context.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';
import { dataTable } from '../table.js';

/**
 * Coverage of the official cumulative tallies as lower–upper bounds of documents and partners at each
 * verification level (core's tallyCoverageRows, as `sco data coverage` prints it and the landing page shows
 * it), the partners official claims name that have no standardisation record (core's namedPartnerGaps), and
 * the records on weak sources per verification level (core's sourceStrength, as `sco data sources`); with
 * the release before the brief's, the change since it by the latest tally (as `sco data coverage --since-release`).
 * The short brief keeps it compact: one sentence, the coverage table (which cites the tallies' sources, since
 * its timeline prints no table of tallies) and the two sentences on named partners and official sources; the
 * table of weak sources is the report's.
 */
export function coverageSourcesBody(ctx: BriefContext): SectionBody {
  const { lang, data } = ctx;
  const t = coverageTextsFor(lang);
  const n = (value: number) => formatNumber(value, lang);
  const column = (name: SourceStrengthColumn) => SOURCE_STRENGTH_COLUMNS[name][lang];
  const bounds = ({ lower, upper }: Bounds) => formatNumberRange(lower, upper, lang);
  const { official_tallies: tallies, organisations } = data.dataset.tables;
  const coverage = tallyCoverageRows(tallies, data.agreements, data.earlier?.agreements);
  const short = ctx.length === 'brief';
  const sources = new Map(data.tallies.map((tally) => [tally.id, tally.sources]));
  const rows = coverage.map(({ tally, bounds: levels }) => [
    short
      ? html`${formatPartialDate(tally.as_of, lang) ?? tally.as_of}${ctx.notes.refs(sources.get(tally.id) ?? [])}`
      : (formatPartialDate(tally.as_of, lang) ?? tally.as_of),
    `${n(tally.documents ?? 0)} / ${tally.partners === null ? '—' : n(tally.partners)}`,
    ...VERIFICATION_BASES.map(
      (basis) => `${bounds(levels[basis].documents)} / ${bounds(levels[basis].partners)}`,
    ),
  ]);
  const latest = coverage.at(-1);
  const moved = (value: Bounds) => formatNumberRange(value.lower, value.upper, lang, { signed: true });
  const changed =
    data.earlier && latest?.change
      ? html`<p>
          ${t.changed(
            data.earlier.release.id,
            data.earlier.release.published_at ? formatDay(data.earlier.release.published_at, lang) : '—',
            formatPartialDate(latest.tally.as_of, lang) ?? latest.tally.as_of,
            moved(latest.change.all.documents),
            moved(latest.change.all.partners),
          )}
        </p>`
      : html``;
  const named = new Set(tallies.flatMap((tally) => tally.partners_named)).size;
  const gaps = namedPartnerGaps(tallies, data.agreements);
  const resolve = jurisdictionResolver(organisations);
  const names = new Intl.ListFormat(intlLocale(lang), { type: 'conjunction' }).format(
    gaps.map((gap) => resolve(gap.code)?.names[lang] ?? gap.code),
  );
  const strength = sourceStrength(data.agreements);
  const share = strength.records === 0 ? 0 : strength.official / strength.records;
  return sectionBody(
    html`<p>${short ? t.shortIntro : t.intro}</p>`,
    html`${dataTable(ctx, {
        caption: t.caption,
        columns: [
          { label: t.columns.asOf, date: true },
          { label: t.columns.claimed, numeric: true },
          { label: t.columns.verified, numeric: true },
          { label: t.columns.verifiedSingle, numeric: true },
          { label: t.columns.all, numeric: true },
        ],
        rows,
      })}
      ${changed} ${named > 0 ? html`<p>${t.named(n(named), n(gaps.length), names)}</p>` : html``}
      <p>
        ${t.official(n(strength.official), n(strength.records), formatNumber(share, lang, { percent: true, maxFractionDigits: 0 }))}
      </p>
      ${
        short
          ? ''
          : dataTable(ctx, {
              caption: t.sourcesCaption,
              columns: [
                { label: column('records') },
                { label: column('all'), numeric: true },
                { label: column('verified'), numeric: true },
                { label: column('single_source'), numeric: true },
                { label: column('unverified'), numeric: true },
              ],
              rows: strength.checks.map(({ check, ids, byLevel }) => [
                SOURCE_CHECK_LABELS[check][lang],
                n(ids.length),
                n(byLevel.verified),
                n(byLevel.single_source),
                n(byLevel.unverified),
              ]),
            })
      }`,
  );
}
