import { formatNumber } from '@sco/core';
import { formatPartialDate } from '../i18n/format-date.js';
import { softHardBody } from '../data/soft-hard-body.js';
import { softHardTextsFor } from '../i18n/soft-hard-texts.js';
import { tallyListBody } from '../data/tally-body.js';
import type { BriefContext } from './brief-context.js';
import type { BriefContent } from './section.js';
import { coverMap } from './cover-map.js';
import { aboutBody } from './sections/about.js';
import { agreementsOf, agreementTable, notableAgreements } from './sections/agreement-table.js';
import { breakdownsBody } from './sections/breakdowns.js';
import { convergenceBody } from './sections/convergence.js';
import { softHardSection } from './sections/soft-hard.js';
import { coverageSourcesBody } from './sections/coverage-sources.js';
import { coverageTextsFor } from '../i18n/coverage-texts.js';
import { geographyBody } from './sections/geography.js';
import { headlineBodies, headlineBody, HEADLINE_INDICATORS, leadFigures } from './sections/headline.js';
import { methodInWordsBody } from './sections/method-in-words.js';
import { methodologyBody } from './sections/methodology.js';
import { shortFormFor } from '../i18n/short-form.js';
import { notesBody } from './sections/notes-section.js';
import { html } from './html.js';
import { sectionBody } from './section.js';
import { timelineBody } from './sections/timeline.js';

const NOTABLE = 12;
/** The partners the short brief's table lists: the cover's map shows them all, the report lists them all. */
const TOP_PARTNERS = 5;

/** The cover's finding on soft and hard connectivity, when the release has investment data and a positive ρ. */
function softHardFinding(data: BriefContext['data'], lang: BriefContext['lang']): string[] {
  const rho = softHardBody(data, lang)?.all;
  if (!rho || rho.rho === null || rho.rho <= 0) return [];
  return [
    softHardTextsFor(lang).finding(
      formatNumber(rho.rho, lang, { minFractionDigits: 2, maxFractionDigits: 2 }),
      formatNumber(rho.n, lang),
    ),
  ];
}

/** The global picture: every agreement of headline scope. */
export function overviewContent(ctx: BriefContext, permalink: string, generatedAt: Date): BriefContent {
  const { m, lang, data } = ctx;
  const headline = headlineBodies(ctx, {});
  const range = (id: string) => headline.find((body) => body.indicator.id === id)?.total.range ?? '—';
  const lead = leadFigures(headline);
  const tallies = tallyListBody(data, lang, 'cumulative').items.filter((tally) => tally.coverage !== null);
  const latest = tallies.at(-1);
  const findings = [
    ...(latest?.coverage
      ? [
          m.text.findingCoverage(
            formatPartialDate(latest.as_of, lang) ?? latest.as_of,
            String(latest.documents ?? '—'),
            latest.coverage.share_range,
          ),
        ]
      : []),
    m.text.findingConvergence(range('convergence_balance')),
    m.text.findingBri(range('bri_share')),
    ...softHardFinding(data, lang),
  ];
  const sections = [
    {
      id: 'headline',
      title: m.sections.headline,
      body: headlineBody(
        ctx,
        headline,
        shortFormFor(lang).findingDocumented(lead.documented, lead.verified, lead.partners),
      ),
    },
    { id: 'timeline', title: m.sections.timeline, body: timelineBody(ctx, {}, true) },
    {
      id: 'geography',
      title: m.sections.geography,
      body: geographyBody(ctx, ctx.length === 'brief' ? { limit: TOP_PARTNERS } : {}),
    },
    {
      id: 'breakdowns',
      // The short brief leaves the regions to the map and the sectors to the report: its chart is the types.
      title: ctx.length === 'report' ? m.sections.breakdowns : m.captions.byType,
      body: breakdownsBody(ctx, {}, ctx.length === 'report' ? ['type', 'region', 'sector'] : ['type']),
    },
    { id: 'convergence', title: m.sections.convergence, body: convergenceBody(ctx, {}, 'region') },
    // Built in document order: figures and tables are numbered as they are written.
    ...[softHardSection(ctx)].flatMap((softHard) => (softHard ? [{ id: 'soft-hard', ...softHard }] : [])),
    { id: 'coverage', title: coverageTextsFor(lang).title, body: coverageSourcesBody(ctx) },
    ...(ctx.includes('notable')
      ? [
          {
            id: 'notable',
            title: m.sections.notable,
            body: sectionBody(
              html`<p>${m.text.notableIntro}</p>`,
              agreementTable(ctx, notableAgreements(agreementsOf(ctx, {}), NOTABLE), {
                caption: m.captions.notable,
              }),
            ),
          },
        ]
      : []),
    ctx.length === 'report'
      ? {
          id: 'methodology',
          title: m.sections.methodology,
          body: methodologyBody(ctx, [...HEADLINE_INDICATORS, 'agreements_cumulative', 'coverage']),
        }
      : { id: 'methodology', title: shortFormFor(lang).methodTitle, body: methodInWordsBody(ctx) },
  ];
  return {
    title: m.titles.overview,
    subtitle: m.subtitles.overview,
    subjectName: null,
    headline: {
      figure: lead.documented,
      label: shortFormFor(lang).headlineLabel(lead.verified, lead.partners),
    },
    findings,
    coverMap: coverMap(ctx, { kind: 'overview' }),
    sections: [
      ...sections,
      { id: 'notes', title: m.sections.notes, body: notesBody(ctx) },
      {
        id: 'about',
        title: m.sections.about,
        body: aboutBody(ctx, permalink, generatedAt, m.titles.overview),
      },
    ],
  };
}
