import { parenthesisAfter, type Agreement } from '@sco/core';
import type { PartnerProfileBody } from '../../data/body-types.js';
import { formatPartialDate } from '../../i18n/format-date.js';
import { sentences } from '../../i18n/sentences.js';
import type { BriefContext } from '../brief-context.js';
import { shortFormFor } from '../../i18n/short-form.js';
import { figure } from '../figure.js';
import { html } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';
import { dataTable } from '../table.js';

/**
 * The partner's profile (GET /v1/partners/{code}), its indicators at the three bases, and its institutions
 * that signed the agreements, with their names in their own language.
 */
export function partnerProfileBody(
  ctx: BriefContext,
  profile: PartnerProfileBody,
  all: readonly Agreement[],
): SectionBody {
  const { m, lang } = ctx;
  const { partner } = profile;
  // The same scope as the card and the tables: agreements of standardisation scope (adjacent ones beside).
  const stats = partner.agreements.headline;
  const date = (value: string | null) => (value === null ? null : formatPartialDate(value, lang));
  const first = date(stats.first_signed);
  const latest = date(stats.latest_signed);
  const adjacent = all.length - profile.agreements.length;
  const lead = html`<p>
      ${sentences(lang, [
        first && latest
          ? m.text.partnerIntro(partner.name, profile.agreements.length, first, latest)
          : m.text.partnerNoDates(partner.name, profile.agreements.length),
        partner.kind === 'organisation' ? m.text.partnerOrganisation : '',
        partner.region_name ? m.text.partnerRegion(partner.region_name) : '',
        adjacent > 0 ? shortFormFor(lang).adjacentBeside(adjacent) : '',
      ])}
    </p>
    ${figure(ctx, {
      items: [{ tag: 'sco-partner', props: { data: profile }, attributes: { partner: partner.code } }],
      caption: m.captions.partnerProfile,
      alt: m.alt.partnerProfile(partner.name, all.length),
      size: 'medium',
    })}`;
  const indicators = dataTable(ctx, {
    caption: m.captions.partnerIndicators,
    columns: [
      { label: m.columns.indicator, width: '40%' },
      { label: m.columns.verified, numeric: true },
      { label: m.columns.verifiedSingle, numeric: true },
      { label: m.columns.all, numeric: true },
      { label: m.columns.range, numeric: true },
    ],
    rows: profile.indicators.map((indicator) => [
      indicator.title,
      // Core's texts, as the card and the API write them: the row's values and range in the same decimals.
      ...[indicator.values.verified, indicator.values.verified_single, indicator.values.all].map(
        (value) => value.formatted,
      ),
      indicator.range,
    ]),
  });
  // Created after the indicators' table, so that the tables are numbered in the order they are printed.
  const institutions =
    profile.institutions.length === 0
      ? ''
      : dataTable(ctx, {
          caption: m.captions.partnerInstitutions,
          columns: [
            { label: m.columns.institution, width: '38%' },
            { label: m.columns.originalName, width: '34%' },
            { label: m.columns.kind, keep: true },
            { label: m.columns.count, numeric: true },
          ],
          rows: profile.institutions.map((institution) => {
            // A name in the institution's own language is printed as the data records it (its own letters and
            // apostrophes: "O'zbekiston…"), marked so; a translated name is the brief's own text.
            const name =
              institution.name_label === institution.name_original
                ? html`<span class="name-original" dir="auto">${institution.name_label}</span>`
                : institution.name_label;
            return [
              institution.acronym ? html`${name}${parenthesisAfter(institution.acronym, lang)}` : name,
              // The original name once: not again beside a label that is that name.
              institution.name_original === null || institution.name_original === institution.name_label
                ? '—'
                : html`<span class="name-original" dir="auto">${institution.name_original}</span>`,
              institution.kind_label,
              institution.agreements,
            ];
          }),
        });
  return sectionBody(lead, html`${indicators} ${institutions}`);
}
