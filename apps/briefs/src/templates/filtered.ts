import type { IndicatorFilter, RegionCode } from '@sco/core';
import type { BriefContext } from './brief-context.js';
import { coverMap } from './cover-map.js';
import { html } from './html.js';
import { sectionBody, type BriefContent, type BriefSection } from './section.js';
import { aboutBody } from './sections/about.js';
import { agreementsOf, agreementTable, notableAgreements } from './sections/agreement-table.js';
import { breakdownsBody } from './sections/breakdowns.js';
import { convergenceBody } from './sections/convergence.js';
import { geographyBody, partnersOfBody } from './sections/geography.js';
import { headlineBodies, headlineBody, HEADLINE_INDICATORS, leadFigures } from './sections/headline.js';
import { methodInWordsBody } from './sections/method-in-words.js';
import { methodologyBody } from './sections/methodology.js';
import { shortFormFor } from '../i18n/short-form.js';
import { notesBody } from './sections/notes-section.js';
import { timelineBody } from './sections/timeline.js';

const NOTABLE = 8;

/**
 * A brief over the agreements one filter keeps: a region (partners in it) or a sector (an ICS field).
 * The same sections as the overview, without the official tallies (they count every agreement), and with
 * the full list of agreements.
 */
export function filteredContent(
  ctx: BriefContext,
  spec: {
    readonly filter: Partial<IndicatorFilter>;
    readonly subjectName: string;
    readonly title: string;
    readonly subtitle: string;
    readonly region?: RegionCode;
  },
  permalink: string,
  generatedAt: Date,
): BriefContent {
  const { m } = ctx;
  const { filter } = spec;
  const headline = headlineBodies(ctx, filter);
  const range = (id: string) => headline.find((body) => body.indicator.id === id)?.total.range ?? '—';
  const agreements = agreementsOf(ctx, filter);
  const lead = leadFigures(headline);
  const sections: BriefSection[] = [
    {
      id: 'headline',
      title: m.sections.headline,
      body: headlineBody(
        ctx,
        headline,
        m.text.labelled(
          spec.subjectName,
          shortFormFor(ctx.lang).findingDocumented(lead.documented, lead.verified, lead.partners),
        ),
      ),
    },
    { id: 'timeline', title: m.sections.overTime, body: timelineBody(ctx, filter, false) },
    {
      id: 'geography',
      title: m.sections.partners,
      body:
        spec.region === undefined
          ? partnersOfBody(ctx, agreements)
          : geographyBody(ctx, { region: spec.region }),
    },
    {
      id: 'breakdowns',
      title: spec.region === undefined ? m.sections.typesRegions : m.sections.typesSectors,
      body: breakdownsBody(ctx, filter, spec.region === undefined ? ['type', 'region'] : ['type', 'sector']),
    },
    {
      id: 'convergence',
      title: m.sections.convergence,
      body: convergenceBody(ctx, filter, spec.region === undefined ? 'region' : 'type'),
    },
    ...(ctx.includes('notable')
      ? [
          {
            id: 'notable',
            title: m.sections.notable,
            body: sectionBody(
              html`<p>${m.text.notableIntro}</p>`,
              agreementTable(ctx, notableAgreements(agreements, NOTABLE), {
                caption: m.captions.notable,
              }),
            ),
          },
        ]
      : []),
    ...(ctx.includes('agreements-list')
      ? [
          {
            id: 'agreements',
            title: m.sections.agreements,
            body: sectionBody(
              html``,
              agreementTable(ctx, agreements, { caption: m.captions.agreementsList }),
            ),
          },
        ]
      : []),
    ctx.length === 'report'
      ? {
          id: 'methodology',
          title: m.sections.methodology,
          body: methodologyBody(ctx, [...HEADLINE_INDICATORS, 'agreements_cumulative']),
        }
      : { id: 'methodology', title: shortFormFor(ctx.lang).methodTitle, body: methodInWordsBody(ctx) },
  ];
  return {
    title: spec.title,
    subtitle: spec.subtitle,
    subjectName: spec.subjectName,
    headline: {
      figure: lead.documented,
      label: shortFormFor(ctx.lang).headlineLabel(lead.verified, lead.partners),
    },
    findings: [
      m.text.findingConvergence(range('convergence_balance')),
      m.text.findingBri(range('bri_share')),
    ],
    coverMap: coverMap(
      ctx,
      spec.region === undefined
        ? { kind: 'sector', name: spec.subjectName, agreements }
        : { kind: 'region', region: spec.region, name: spec.subjectName },
    ),
    sections: [
      ...sections,
      { id: 'notes', title: m.sections.notes, body: notesBody(ctx) },
      { id: 'about', title: m.sections.about, body: aboutBody(ctx, permalink, generatedAt, spec.title) },
    ],
  };
}
