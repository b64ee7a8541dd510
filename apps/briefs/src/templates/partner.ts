import { formatNumber, PARTNER_INDICATORS, partnerIndex } from '@sco/core';
import { partnerProfileBody as profileBody } from '../data/partner-body.js';
import { formatPartialDate } from '../i18n/format-date.js';
import type { BriefContext } from './brief-context.js';
import { coverMap } from './cover-map.js';
import { html } from './html.js';
import { sectionBody, type BriefContent } from './section.js';
import { aboutBody } from './sections/about.js';
import { agreementTable } from './sections/agreement-table.js';
import { lineageBody } from './sections/lineage.js';
import { methodInWordsBody } from './sections/method-in-words.js';
import { methodologyBody } from './sections/methodology.js';
import { shortFormFor } from '../i18n/short-form.js';
import { notesBody } from './sections/notes-section.js';
import { partnerProfileBody } from './sections/partner-profile.js';
import { partnerHardSection } from './sections/partner-hard.js';
import { provisionsBody } from './sections/provisions.js';
import { UnknownSubjectError } from './unknown-subject-error.js';

/** One partner (a country or an organisation): its agreements, lineage, coded provisions and sources. */
export function partnerContent(
  ctx: BriefContext,
  code: string,
  permalink: string,
  generatedAt: Date,
): BriefContent {
  const { m, lang, data } = ctx;
  const entry = partnerIndex(data.agreements).get(code);
  const profile = profileBody(data, code, lang);
  if (!entry || !profile) throw new UnknownSubjectError('partner', code, data.release.id);
  const all = entry.agreements;
  const name = entry.jurisdiction.names[lang];
  const sections = [
    { id: 'profile', title: m.sections.profile, body: partnerProfileBody(ctx, profile, all) },
    // Built in document order: figures and tables are numbered as they are written.
    ...[partnerHardSection(ctx, code, name)].flatMap((hard) => (hard ? [{ id: 'hard', ...hard }] : [])),
    {
      id: 'agreements',
      title: m.sections.agreements,
      body: sectionBody(
        html``,
        agreementTable(ctx, all, {
          caption: m.captions.partnerAgreements,
          withScope: true,
          withPartners: false,
        }),
      ),
    },
    ...(ctx.includes('lineage')
      ? [{ id: 'lineage', title: m.sections.lineage, body: lineageBody(ctx, all) }]
      : []),
    ...(ctx.includes('provisions')
      ? [{ id: 'provisions', title: m.sections.provisions, body: provisionsBody(ctx, all) }]
      : []),
    ctx.length === 'report'
      ? { id: 'methodology', title: m.sections.methodology, body: methodologyBody(ctx, PARTNER_INDICATORS) }
      : { id: 'methodology', title: shortFormFor(lang).methodTitle, body: methodInWordsBody(ctx) },
  ];
  // The cover counts what the card and the tables count: agreements of standardisation scope.
  const stats = profile.partner.agreements.headline;
  const count = profile.agreements.length;
  // Led by the documented count, qualified by its verified part (the card's and the tables' scope too).
  const verified =
    profile.indicators.find((indicator) => indicator.id === 'agreements')?.values.verified.value ?? 0;
  return {
    title: m.titles.partner(name),
    subtitle: m.subtitles.partner,
    subjectName: name,
    headline: {
      figure: formatNumber(count, lang),
      label: shortFormFor(lang).partnerHeadlineLabel(count, verified),
    },
    findings: [
      stats.first_signed && stats.latest_signed
        ? m.text.partnerIntro(
            name,
            count,
            // Years as the language writes them ("2016 年" in Chinese).
            formatPartialDate(stats.first_signed.slice(0, 4), lang) ?? stats.first_signed.slice(0, 4),
            formatPartialDate(stats.latest_signed.slice(0, 4), lang) ?? stats.latest_signed.slice(0, 4),
          )
        : m.text.partnerNoDates(name, count),
      ...profile.indicators
        .filter((indicator) => indicator.id !== 'agreements' && indicator.range !== '—')
        .slice(0, 3)
        .map((indicator) => m.text.labelled(indicator.title, indicator.range)),
    ],
    coverMap: coverMap(ctx, { kind: 'partner', code, name, count: formatNumber(count, lang) }),
    sections: [
      ...sections,
      { id: 'notes', title: m.sections.notes, body: notesBody(ctx) },
      {
        id: 'about',
        title: m.sections.about,
        body: aboutBody(ctx, permalink, generatedAt, m.titles.partner(name)),
      },
    ],
  };
}
