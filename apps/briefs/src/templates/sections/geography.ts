import { bySignedDate, type Agreement, type RegionCode } from '@sco/core';
import { partnerListBody } from '../../data/partner-body.js';
import { coverMapTextsFor } from '../../i18n/cover-map-texts.js';
import { sentences as joinSentences } from '../../i18n/sentences.js';
import { formatPartialDate } from '../../i18n/format-date.js';
import type { BriefContext } from '../brief-context.js';
import { html, type SafeHtml } from '../html.js';
import { sectionBody, type SectionBody } from '../section.js';
import { dataTable } from '../table.js';
import { shortFormFor } from '../../i18n/short-form.js';

/** How many partners a short brief's table lists (the report lists them all). */
const SHORT_LIMIT = 10;

function partnersTable(
  ctx: BriefContext,
  rows: readonly {
    name: string;
    region: string | null;
    count: number;
    first: string | null;
    latest: string | null;
  }[],
): SafeHtml {
  const { m, lang } = ctx;
  const date = (value: string | null) => (value === null ? '—' : (formatPartialDate(value, lang) ?? value));
  return dataTable(ctx, {
    caption: m.captions.partners,
    columns: [
      { label: m.columns.partner, width: '38%' },
      { label: m.columns.region },
      { label: m.columns.count, numeric: true },
      { label: m.columns.first, numeric: true },
      { label: m.columns.latest, numeric: true },
    ],
    rows: rows.map((row) => [row.name, row.region ?? '—', row.count, date(row.first), date(row.latest)]),
  });
}

/**
 * Where the partners are: a table of the partners (GET /v1/partners) with their agreements of headline scope,
 * for every partner or a region's (?region=). The map is the cover's: it shows the same partners by the same
 * counts, so the section refers to it rather than drawing it a second time. `limit` keeps the table to the
 * first partners.
 */
export function geographyBody(
  ctx: BriefContext,
  options: { readonly region?: RegionCode; readonly limit?: number },
): SectionBody {
  const { m, lang } = ctx;
  const list = partnerListBody(ctx.data, lang, options.region);
  const counted = list.items.filter((item) => item.agreements.headline.count > 0);
  const regions = new Set(counted.map((item) => item.region ?? 'unknown'));
  const limit = options.limit ?? (ctx.length === 'brief' ? SHORT_LIMIT : undefined);
  const shown = limit === undefined ? counted : counted.slice(0, limit);
  const sentences = [m.text.geographyIntro(counted.length, regions.size)];
  // Without the widgets the cover has no map to refer to.
  if (ctx.widgetsAvailable) sentences.push(coverMapTextsFor(lang).seeCover);
  const lead = html`<p>${joinSentences(lang, sentences)}</p>`;
  return sectionBody(
    lead,
    html`${shown.length < counted.length ? html`<p>${shortFormFor(lang).topPartners(shown.length, counted.length)}</p>` : ''}${partnersTable(
      ctx,
      shown.map((item) => ({
        name: item.name,
        region: item.region_name,
        count: item.agreements.headline.count,
        first: item.agreements.headline.first_signed,
        latest: item.agreements.headline.latest_signed,
      })),
    )}`,
  );
}

/**
 * The partners of a set of agreements (e.g. a sector's), each with the number of those agreements, first
 * and latest: no map, since the partners' own totals would count agreements outside the set.
 */
export function partnersOfBody(ctx: BriefContext, agreements: readonly Agreement[]): SectionBody {
  const { m, lang } = ctx;
  const byPartner = new Map<string, { name: string; region: string | null; agreements: Agreement[] }>();
  for (const agreement of agreements) {
    for (const partner of agreement.partners) {
      const entry = byPartner.get(partner.code) ?? {
        name: partner.names[lang],
        region: partner.region,
        agreements: [],
      };
      entry.agreements.push(agreement);
      byPartner.set(partner.code, entry);
    }
  }
  const rows = [...byPartner.values()]
    .map((entry) => {
      const dated = entry.agreements.filter((agreement) => agreement.signed.date !== null).sort(bySignedDate);
      return {
        name: entry.name,
        region: entry.region === null ? null : ctx.regionName(entry.region),
        count: entry.agreements.length,
        first: dated[0]?.signed.date ?? null,
        latest: dated.at(-1)?.signed.date ?? null,
      };
    })
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, lang));
  const regions = new Set(rows.map((row) => row.region ?? 'unknown'));
  const shown = ctx.length === 'brief' ? rows.slice(0, SHORT_LIMIT) : rows;
  return sectionBody(
    html`<p>${m.text.geographyIntro(rows.length, regions.size)}</p>`,
    html`${shown.length < rows.length ? html`<p>${shortFormFor(lang).topPartners(shown.length, rows.length)}</p>` : ''}${partnersTable(ctx, shown)}`,
  );
}
