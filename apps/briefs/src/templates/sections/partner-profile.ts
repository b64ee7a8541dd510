import type { Agreement } from '@sco/core';
import type { PartnerProfileBody } from '../../data/body-types.js';
import { formatPartialDate } from '../../i18n/format-date.js';
import type { BriefContext } from '../brief-context.js';
import { figure } from '../figure.js';
import { html, type SafeHtml } from '../html.js';
import { dataTable } from '../table.js';

/** The partner's profile (GET /v1/partners/{code}) and its indicators at the three bases. */
export function partnerProfileBody(
  ctx: BriefContext,
  profile: PartnerProfileBody,
  all: readonly Agreement[],
): SafeHtml {
  const { m, lang } = ctx;
  const { partner } = profile;
  const stats = partner.agreements.with_adjacent;
  const date = (value: string | null) => (value === null ? null : formatPartialDate(value, lang));
  const first = date(stats.first_signed);
  const latest = date(stats.latest_signed);
  const adjacent = all.length - profile.agreements.length;
  const institutions = profile.institutions.map(
    (institution) =>
      html`<li>
        <span class="name">${institution.name_en}</span
        >${institution.acronym ? ` (${institution.acronym})` : ''}${
          institution.name_original ? html` — <span class="original">${institution.name_original}</span>` : ''
        } <span class="kind">· ${institution.kind_label}</span>
      </li>`,
  );
  return html`<p>
      ${first && latest ? m.text.partnerIntro(partner.name, all.length, first, latest) : m.text.partnerNoDates(partner.name, all.length)}
      ${partner.kind === 'organisation' ? m.text.partnerOrganisation : ''}
      ${partner.region_name ? m.text.partnerRegion(partner.region_name) : ''}
      ${adjacent > 0 ? m.text.partnerAdjacent(adjacent) : ''}
    </p>
    ${figure(ctx, {
      items: [{ tag: 'sco-partner', props: { data: profile }, attributes: { partner: partner.code } }],
      caption: m.captions.partnerProfile,
      alt: m.alt.partnerProfile(partner.name, all.length),
      size: 'medium',
    })}
    ${dataTable(ctx, {
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
        indicator.values.verified.formatted,
        indicator.values.verified_single.formatted,
        indicator.values.all.formatted,
        indicator.range,
      ]),
    })}
    ${
      institutions.length > 0
        ? html`<ul class="institutions">
            ${institutions}
          </ul>`
        : ''
    }`;
}
