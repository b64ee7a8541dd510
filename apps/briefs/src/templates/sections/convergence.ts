import { getIndicator, type IndicatorFilter } from '@sco/core';
import { indicatorValuesBody } from '../../data/indicator-body.js';
import type { BriefContext } from '../brief-context.js';
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
  return sectionBody(
    html`<p>${m.text.convergenceIntro(balance.total.range, part('anchored'), part('recognition_only'))}</p>
      <p>${m.text.convergenceReading}</p>
      ${ctx.length === 'report' ? html`<p class="definition">${typesetFormula(own)}</p>` : ''}
      ${figure(ctx, {
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
        alt: m.alt.breakdown(
          breakdown.group_by?.label.toLocaleLowerCase(m.locale) ?? groupBy,
          top?.label ?? '—',
        ),
        size: 'medium',
      })}`,
  );
}
