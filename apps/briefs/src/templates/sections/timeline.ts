import { formatBasisRange, countValue, type IndicatorFilter, type Lang } from '@sco/core';
import { indicatorValuesBody } from '../../data/indicator-body.js';
import { tallyListBody } from '../../data/tally-body.js';
import { formatPartialDate } from '../../i18n/format-date.js';
import type { BriefContext } from '../brief-context.js';
import { figure } from '../figure.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';
import { dataTable } from '../table.js';

/**
 * Counts at the three bases as a range ("42–93"), or one number when they agree: core's rule for counts in
 * the language, as every other range of the brief.
 */
export function rangeOfCounts(
  counts: { readonly verified: number; readonly verified_single: number; readonly all: number },
  lang: Lang,
): string {
  const value = (n: number) => countValue(n, n);
  return formatBasisRange(
    {
      verified: value(counts.verified),
      verified_single: value(counts.verified_single),
      all: value(counts.all),
    },
    'count',
    lang,
  );
}

/**
 * Agreements over time: the timeline widget with the agreements by year (GET /v1/indicators/agreements?
 * group_by=year) and, when `withTallies`, the official cumulative tallies (GET /v1/tallies?series=cumulative)
 * and, in the report, a table of them beside what the dataset documents (the short brief's table of the tallies
 * is the one of its section "Coverage and sources", which cites their sources).
 */
export function timelineBody(
  ctx: BriefContext,
  filter: Partial<IndicatorFilter>,
  withTallies: boolean,
): SectionBody {
  const { m, lang } = ctx;
  const byYear = indicatorValuesBody(ctx.data, { indicator: 'agreements', filter, groupBy: 'year', lang });
  const years = byYear.groups
    .filter((group) => /^\d{4}$/.test(group.key))
    .map((group) => group.key)
    .sort();
  const tallies = tallyListBody(ctx.data, lang, 'cumulative');
  const timeline = figure(ctx, {
    items: [
      {
        tag: 'sco-timeline',
        props: withTallies ? { data: byYear, tallies } : { data: byYear },
        attributes: { indicator: 'agreements' },
      },
    ],
    caption: withTallies ? m.captions.timeline : m.captions.timelineAlone,
    alt: m.alt.timeline(years[0] ?? '', years.at(-1) ?? '', byYear.total.range, withTallies),
    size: 'medium',
  });
  if (!withTallies)
    return sectionBody(
      html`<p>${m.text.timelineFiltered}</p>
        ${timeline}`,
    );

  const counted = tallies.items.filter((tally) => tally.coverage !== null);
  const latest = counted.at(-1);
  const intro = latest?.coverage
    ? m.text.timelineIntro(
        latest.claimant_label,
        formatPartialDate(latest.as_of, lang) ?? latest.as_of,
        String(latest.documents ?? '—'),
        rangeOfCounts(latest.coverage.agreements, lang),
      )
    : m.text.timelineNoTally;
  if (ctx.length === 'brief')
    return sectionBody(
      html`<p>${intro}</p>
        ${timeline}`,
    );
  const sources = new Map(ctx.data.tallies.map((tally) => [tally.id, tally.sources]));
  return sectionBody(
    html`<p>${intro}</p>
      ${timeline}`,
    dataTable(ctx, {
      caption: m.captions.tallies,
      columns: [
        { label: m.columns.asOf, date: true },
        // Who made the claim is the row's only text: a third of the width, not the few millimetres the numbers'
        // headers leave it (a French claimant stood one word a line, on seven lines).
        { label: m.columns.claimant, width: '32%' },
        { label: m.columns.claimedDocuments, numeric: true },
        { label: m.columns.claimedPartners, numeric: true },
        { label: m.columns.documented, numeric: true },
        { label: m.columns.coverage, numeric: true },
      ],
      rows: counted.map((tally) => [
        html`${formatPartialDate(tally.as_of, lang) ?? tally.as_of}${ctx.notes.refs(sources.get(tally.id) ?? [])}`,
        tally.claimant_label,
        tally.documents ?? '—',
        tally.partners ?? '—',
        tally.coverage ? rangeOfCounts(tally.coverage.agreements, lang) : '—',
        tally.coverage?.share_range ?? '—',
      ]),
    }),
  );
}
