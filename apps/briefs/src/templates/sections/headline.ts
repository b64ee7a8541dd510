import type { IndicatorFilter } from '@sco/core';
import type { IndicatorValuesBody } from '../../data/body-types.js';
import { indicatorValuesBody } from '../../data/indicator-body.js';
import type { BriefContext } from '../brief-context.js';
import { figure } from '../figure.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';
import { dataTable } from '../table.js';

/** The indicators of the headline figures, and those drawn as figures at the top. */
export const HEADLINE_INDICATORS = [
  'agreements',
  'partners',
  'bri_share',
  'mutual_recognition_share',
  'international_anchoring_share',
  'convergence_balance',
  'depth_score',
  'renewal_share',
] as const;
const DRAWN = ['agreements', 'partners', 'convergence_balance'] as const;

/** The headline indicators' totals over a filter, as GET /v1/indicators/{id}?group_by=none answers. */
export function headlineBodies(ctx: BriefContext, filter: Partial<IndicatorFilter>): IndicatorValuesBody[] {
  return HEADLINE_INDICATORS.map((indicator) =>
    indicatorValuesBody(ctx.data, { indicator, filter, groupBy: null, lang: ctx.lang }),
  );
}

/** The figure of headline numbers and the table of every headline indicator at the three bases. */
export function headlineBody(
  ctx: BriefContext,
  bodies: readonly IndicatorValuesBody[],
  intro: string,
): SectionBody {
  const { m } = ctx;
  const byId = new Map(bodies.map((body) => [body.indicator.id, body]));
  const agreements = byId.get('agreements');
  const partners = byId.get('partners');
  const drawn = DRAWN.flatMap((id) => {
    const body = byId.get(id);
    return body ? [body] : [];
  });
  const lead = html`<p>${intro}</p>
    <p>${m.text.rangeExplained}</p>
    ${figure(ctx, {
      items: drawn.map((data) => ({
        tag: 'sco-figure',
        props: { data },
        attributes: { indicator: data.indicator.id },
      })),
      caption: m.captions.headlineFigures,
      alt: m.alt.headlineFigures(agreements?.total.range ?? '', partners?.total.range ?? ''),
      size: 'small',
    })}`;
  return sectionBody(
    lead,
    dataTable(ctx, {
      caption: m.captions.headlineTable,
      columns: [
        { label: m.columns.indicator, width: '40%' },
        { label: m.columns.verified, numeric: true },
        { label: m.columns.verifiedSingle, numeric: true },
        { label: m.columns.all, numeric: true },
        { label: m.columns.range, numeric: true },
      ],
      rows: bodies.map((body) => [
        body.indicator.title,
        // Core's texts, as the card and the API write them: the row's values and range in the same decimals.
        ...[body.total.values.verified, body.total.values.verified_single, body.total.values.all].map(
          (value) => value.formatted,
        ),
        body.total.range,
      ]),
    }),
  );
}

/** The figures a cover leads with: the documented count (all agreements), the verified part of it, partners. */
export function leadFigures(bodies: readonly IndicatorValuesBody[]): {
  readonly documented: string;
  readonly verified: string;
  readonly partners: string;
} {
  const agreements = bodies.find((body) => body.indicator.id === 'agreements')?.total.values;
  const partners = bodies.find((body) => body.indicator.id === 'partners')?.total.values;
  return {
    documented: agreements?.all.formatted ?? '—',
    verified: agreements?.verified.formatted ?? '—',
    partners: partners?.all.formatted ?? '—',
  };
}
