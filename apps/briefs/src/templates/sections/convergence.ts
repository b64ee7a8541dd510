import { getIndicator, type IndicatorFilter } from '@sco/core';
import { indicatorValuesBody } from '../../data/indicator-body.js';
import type { BriefContext } from '../brief-context.js';
import { coreText } from '../../i18n/core-text.js';
import { figure } from '../figure.js';
import { html } from '../html.js';
import { typesetFormula } from '../formula.js';
import { methodologyParts } from '../methodology-parts.js';
import { sectionBody, type SectionBody } from '../section.js';

/**
 * Convergence or fragmentation: the convergence balance with its two counts, and its breakdown by region
 * (or by type when the brief is about one region).
 */
export function convergenceBody(
  ctx: BriefContext,
  filter: Partial<IndicatorFilter>,
  groupBy: 'region' | 'type',
): SectionBody {
  const { m, lang } = ctx;
  const balance = indicatorValuesBody(ctx.data, {
    indicator: 'convergence_balance',
    filter,
    groupBy: null,
    lang,
  });
  const part = (key: string) => balance.total.parts.find((candidate) => candidate.key === key)?.range ?? '—';
  const breakdown = indicatorValuesBody(ctx.data, {
    indicator: 'convergence_balance',
    filter,
    groupBy,
    lang,
  });
  const top = breakdown.groups[0];
  // The indicator's own definition (in the report; the short brief says it in words in its method); the
  // counting rules it shares with the others are in the methodology.
  const own = methodologyParts(getIndicator('convergence_balance'), lang).own;
  const counts = m.text.convergenceIntro(balance.total.range, part('anchored'), part('recognition_only'));
  const intro = html`<p>${counts}</p>`;
  const reading = html`<p>${m.text.convergenceReading}</p>`;
  const chart = figure(ctx, {
    items: [
      {
        tag: 'sco-breakdown',
        props: { data: breakdown },
        attributes: { indicator: 'convergence_balance', by: groupBy, domain: '-1 1' },
      },
    ],
    caption:
      groupBy === 'region'
        ? m.captions.convergenceByRegion
        : `${balance.indicator.title} — ${breakdown.group_by?.label ?? ''}`,
    alt: m.alt.breakdown(breakdown.group_by?.label.toLocaleLowerCase(m.locale) ?? groupBy, top?.label ?? '—'),
    size: 'medium',
  });
  // The short brief says how to read the balance after its chart, so that the heading, the figures and the chart
  // make a smaller block to keep together; the report keeps its reading and definition before the chart.
  return ctx.length === 'report'
    ? sectionBody(
        html`${intro} ${reading}
          <p class="definition">${typesetFormula(coreText(own, lang))}</p>
          ${chart}`,
      )
    : sectionBody(html`${intro} ${chart}`, reading);
}
