import { formatNumber, HARD_CAVEATS, QUADRANTS, type RankCorrelation } from '@sco/core';
import { softHardBody, type SoftHardBody } from '../../data/soft-hard-body.js';
import { coreText } from '../../i18n/core-text.js';
import { sentences } from '../../i18n/sentences.js';
import { softHardTextsFor, strengthOf } from '../../i18n/soft-hard-texts.js';
import { trackerCitation } from '../../i18n/tracker-citation.js';
import type { BriefContext } from '../brief-context.js';
import { scatterSvg } from '../charts/scatter-svg.js';
import { drawnFigure } from '../figure.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';
import { dataTable } from '../table.js';

/** Outliers labelled on the scatter: the countries with most investment and few agreements, and the reverse. */
const LABELLED = { lowSoftHighHard: 6, highSoftLowHard: 4, highSoftHighHard: 4 } as const;
/** Countries named per group in the short brief's table (the report names them all). */
const NAMED_SHORT = 6;

function labelled(body: SoftHardBody): Set<string> {
  const q = body.quadrants.quadrants;
  const byHard = <T extends { hard_usd_m: number }>(list: readonly T[]) =>
    [...list].sort((a, b) => b.hard_usd_m - a.hard_usd_m);
  const byAgreements = <T extends { agreements: number; hard_usd_m: number }>(list: readonly T[]) =>
    [...list].sort((a, b) => b.agreements - a.agreements || a.hard_usd_m - b.hard_usd_m);
  return new Set(
    [
      ...byHard(q.low_soft_high_hard).slice(0, LABELLED.lowSoftHighHard),
      ...byAgreements(q.high_soft_low_hard).slice(0, LABELLED.highSoftLowHard),
      ...byAgreements(q.high_soft_high_hard).slice(0, LABELLED.highSoftHighHard),
    ].map((p) => p.partner),
  );
}

/** The section "Does soft connectivity follow hard?", or null when the release has no investment data. */
export function softHardSection(ctx: BriefContext): { title: string; body: SectionBody } | null {
  const { lang } = ctx;
  const body = softHardBody(ctx.data, lang);
  if (body === null) return null;
  const t = softHardTextsFor(lang);
  const two = { minFractionDigits: 2, maxFractionDigits: 2 };
  const rho = (value: number | null) => (value === null ? '—' : formatNumber(value, lang, two));
  const three = { minFractionDigits: 3, maxFractionDigits: 3 };
  /** p as printed, and whether it is below the smallest value printed (0.001). */
  const pOf = (c: RankCorrelation): [string, boolean] =>
    c.p_value === null
      ? ['—', false]
      : c.p_value < 0.001
        ? [formatNumber(0.001, lang, three), true]
        : [formatNumber(c.p_value, lang, three), false];
  const main = body.all;
  const report = ctx.length === 'report';
  const nameOf = new Map(body.points.map((p) => [p.code, p.name]));
  const names = labelled(body);
  const citations = body.citations.map((citation) => trackerCitation(citation, lang));
  const scatter = drawnFigure(ctx, {
    chart: scatterSvg({
      points: body.points.map((p) => ({
        x: p.hard_usd_m,
        y: p.agreements,
        label: names.has(p.code) ? p.name : null,
      })),
      xCut: body.quadrants.hard_cut,
      yCut: body.quadrants.soft_cut,
      xTitle: t.xTitle(body.firstYear, body.lastYear),
      yTitle: t.yTitle,
      cutLabel: t.median,
      lang,
      // Lower in the short brief, so that the question, the chart and its caption open one page.
      height: report ? 330 : 235,
    }),
    caption: t.scatterCaption,
    alt: t.scatterAlt(
      formatNumber(main.n, lang),
      rho(main.rho),
      [...names].map((code) => nameOf.get(code) ?? code).join(lang === 'zh' ? '、' : ', '),
    ),
    sources: citations,
  });
  const statistics =
    main.rho === null || main.low === null || main.high === null
      ? ''
      : html`<p>
          ${sentences(lang, [
            t.statistics(
              rho(main.rho),
              rho(main.low),
              rho(main.high),
              formatNumber(main.n, lang),
              pOf(main)[0],
              formatNumber(main.resamples, lang),
              pOf(main)[1],
            ),
            t.reading(
              strengthOf(main.rho),
              main.rho > 0,
              main.p_value !== null && main.p_value < 0.05 && main.low > 0,
            ),
            t.others(
              rho(body.verified.rho),
              rho(body.withAgreement.rho),
              formatNumber(body.withAgreement.n, lang),
            ),
          ])}
        </p>`;
  const none = body.quadrants.soft_cut === 0;
  const q = body.quadrants.quadrants;
  const order = [
    'low_soft_high_hard',
    'high_soft_low_hard',
    'high_soft_high_hard',
    'low_soft_low_hard',
  ] as const;
  const rows = order
    .filter((key) => QUADRANTS.includes(key))
    .map((key) => {
      const list = [...q[key]].sort((a, b) => b.hard_usd_m - a.hard_usd_m);
      const shown = report ? list : list.slice(0, NAMED_SHORT);
      const named = shown.map((p) => nameOf.get(p.partner) ?? p.partner).join(lang === 'zh' ? '、' : ', ');
      const rest = list.length - shown.length;
      return [
        t.quadrant(key, none),
        list.length,
        rest > 0 ? `${named}${lang === 'zh' ? '' : ' '}${t.more(rest)}` : named || '—',
      ];
    });
  const table = dataTable(ctx, {
    caption: t.tableCaption,
    columns: [
      { label: t.columns.group, width: '28%' },
      { label: t.columns.count, numeric: true },
      { label: t.columns.partners },
    ],
    rows,
    sources: citations,
  });
  const cuts = t.cuts(
    none ? null : formatNumber(body.quadrants.soft_cut ?? 0, lang, { maxFractionDigits: 1 }),
    formatNumber(body.quadrants.hard_cut ?? 0, lang),
  );
  const caveats = html`<div class="caveats">
    <p class="caveats-title">${t.cannotSay}</p>
    <ul>
      ${HARD_CAVEATS.map((caveat) => html`<li>${coreText(caveat[lang], lang)}</li>`)}
    </ul>
  </div>`;
  return {
    title: t.title,
    body: sectionBody(
      html`<p>${t.intro(formatNumber(body.points.length, lang), body.firstYear, body.lastYear)}</p>
        ${scatter}`,
      html`${statistics}
        <p>${cuts}</p>
        ${table} ${caveats}`,
    ),
  };
}
