import type { Agreement, Lang, RegionCode } from '@sco/core';
import type { PartnerListBody } from '../data/body-types.js';
import { partnerListBody } from '../data/partner-body.js';
import { coverMapTextsFor } from '../i18n/cover-map-texts.js';
import type { BriefContext } from './brief-context.js';
import { html, type SafeHtml } from './html.js';

/** What a cover's map shows: which partners, shaded by which counts, and cropped to which region. */
export type CoverMapSubject =
  | { readonly kind: 'overview' }
  | { readonly kind: 'region'; readonly region: RegionCode; readonly name: string }
  | { readonly kind: 'partner'; readonly code: string; readonly name: string; readonly count: string }
  | { readonly kind: 'sector'; readonly name: string; readonly agreements: readonly Agreement[] };

/** The partner list with each partner's count taken from a set of agreements (a sector's), others left out. */
function countedIn(list: PartnerListBody, agreements: readonly Agreement[]): PartnerListBody {
  const counts = new Map<string, number>();
  for (const agreement of agreements) {
    for (const partner of agreement.partners) counts.set(partner.code, (counts.get(partner.code) ?? 0) + 1);
  }
  const items = list.items
    .filter((item) => counts.has(item.code))
    .map((item) => ({
      ...item,
      agreements: {
        ...item.agreements,
        headline: { ...item.agreements.headline, count: counts.get(item.code) ?? 0 },
      },
    }))
    .sort((a, b) => b.agreements.headline.count - a.agreements.headline.count);
  return { ...list, total: items.length, items };
}

function mapData(
  ctx: BriefContext,
  subject: CoverMapSubject,
): { data: PartnerListBody; region?: RegionCode } {
  const { data, lang } = ctx;
  switch (subject.kind) {
    case 'overview':
      return { data: partnerListBody(data, lang) };
    case 'region':
      return { data: partnerListBody(data, lang, subject.region), region: subject.region };
    case 'partner': {
      // A locator: the partner alone, the map cropped to it (a country) within its region.
      const list = partnerListBody(data, lang);
      const item = list.items.find((partner) => partner.code === subject.code);
      const items = item ? [item] : [];
      return {
        data: { ...list, total: items.length, items },
        ...(item?.kind === 'country' && item.region !== null ? { region: item.region } : {}),
      };
    }
    case 'sector':
      return { data: countedIn(partnerListBody(data, lang), subject.agreements) };
  }
}

function titleOf(lang: Lang, subject: CoverMapSubject): string {
  const texts = coverMapTextsFor(lang);
  switch (subject.kind) {
    case 'overview':
      return texts.overview;
    case 'region':
      return texts.region(subject.name);
    case 'partner':
      return texts.partner(subject.name, subject.count);
    case 'sector':
      return texts.sector(subject.name);
  }
}

/**
 * The print map on a brief's cover, under its own title (the widget's generic one is hidden): it takes the
 * room the cover leaves (a size container the map's height follows), so the cover stays one page. Not a
 * numbered figure; without the widgets bundle, nothing.
 */
export function coverMap(ctx: BriefContext, subject: CoverMapSubject): SafeHtml {
  if (!ctx.widgetsAvailable) return html``;
  const { data, region } = mapData(ctx, subject);
  const counted = data.items.filter((item) => item.agreements.headline.count > 0).length;
  const id = ctx.addWidget({ data, geometryData: ctx.mapGeometry });
  const alt = coverMapTextsFor(ctx.lang).alt(String(counted));
  return html`<figure class="cover-map">
    <figcaption class="cover-map-title">${titleOf(ctx.lang, subject)}</figcaption>
    <div class="cover-map-room" role="img" aria-label="${alt}">
      <sco-map
        class="widget"
        data-widget="${id}"
        lang="${ctx.lang}"
        theme="light"
        ${region === undefined ? '' : html` region="${region}"`}
      ></sco-map>
    </div>
  </figure>`;
}
