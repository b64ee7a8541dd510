import type { Agreement, Lang, RegionCode } from '@sco/core';
import { normalizeSearchText } from '@sco/db';
import type { ReadContext } from '../reading/read-context.js';
import { partnerIndex, partnerSummary, type PartnerEntry, type PartnerSummary } from './partner-index.js';
import type { PARTNER_KINDS, PARTNER_SORTS } from './partners.schemas.js';

export interface PartnerListQuery {
  readonly lang: Lang;
  readonly region?: RegionCode | undefined;
  readonly kind?: (typeof PARTNER_KINDS)[number] | undefined;
  readonly q?: string | undefined;
  readonly sort: (typeof PARTNER_SORTS)[number];
}

const COLLATION_LOCALES: Readonly<Record<Lang, string>> = { en: 'en', fr: 'fr', zh: 'zh-CN' };

function matches(entry: PartnerEntry, query: PartnerListQuery): boolean {
  const { jurisdiction } = entry;
  if (query.region !== undefined && jurisdiction.region !== query.region) return false;
  if (query.kind !== undefined && jurisdiction.kind !== query.kind) return false;
  if (query.q === undefined) return true;
  const needle = normalizeSearchText(query.q);
  const { en, fr, zh } = jurisdiction.names;
  return [jurisdiction.code, en, fr, zh].some((text) => normalizeSearchText(text).includes(needle));
}

function comparator(query: PartnerListQuery): (a: PartnerSummary, b: PartnerSummary) => number {
  const collator = new Intl.Collator(COLLATION_LOCALES[query.lang]);
  const byCode = (a: PartnerSummary, b: PartnerSummary) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
  switch (query.sort) {
    case 'code':
      return byCode;
    case 'name':
      return (a, b) => collator.compare(a.name, b.name) || byCode(a, b);
    case '-agreements':
      return (a, b) =>
        b.agreements.headline.count - a.agreements.headline.count ||
        b.agreements.with_adjacent.count - a.agreements.with_adjacent.count ||
        collator.compare(a.name, b.name) ||
        byCode(a, b);
  }
}

/** The partners of a release that match the filters, sorted. */
export function listPartners(
  agreements: readonly Agreement[],
  query: PartnerListQuery,
  context: ReadContext,
): PartnerSummary[] {
  return [...partnerIndex(agreements).values()]
    .filter((entry) => matches(entry, query))
    .map((entry) => partnerSummary(entry, query.lang, context))
    .sort(comparator(query));
}
