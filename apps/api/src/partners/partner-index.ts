import {
  areaName,
  comparePartialDates,
  isAdjacentScope,
  type Agreement,
  type Jurisdiction,
  type Lang,
} from '@sco/core';
import type { z } from '../openapi/zod.js';
import type { ReadContext } from '../reading/read-context.js';
import { readLink } from '../indicators/read-link.js';
import type { partnerAgreementStatsSchema, partnerSummarySchema } from './partners.schemas.js';

/** A partner jurisdiction of a release with its agreements (adjacent scopes included), oldest first. */
export interface PartnerEntry {
  readonly jurisdiction: Jurisdiction;
  readonly agreements: readonly Agreement[];
}

export type PartnerSummary = z.output<typeof partnerSummarySchema>;

/** Oldest first; a coarser date before finer dates inside it; undated last; then by id. */
export function bySignedDate(a: Agreement, b: Agreement): number {
  return comparePartialDates(a.signed.date, b.signed.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every jurisdiction that is a partner in at least one agreement, by code. */
export function partnerIndex(agreements: readonly Agreement[]): ReadonlyMap<string, PartnerEntry> {
  const index = new Map<string, { jurisdiction: Jurisdiction; agreements: Agreement[] }>();
  for (const agreement of agreements) {
    for (const partner of agreement.partners) {
      const entry = index.get(partner.code);
      if (entry) entry.agreements.push(agreement);
      else index.set(partner.code, { jurisdiction: partner, agreements: [agreement] });
    }
  }
  for (const entry of index.values()) entry.agreements.sort(bySignedDate);
  return index;
}

/** The agreements of headline scope (standardisation), or all of them with adjacent scopes. */
export function inScope(agreements: readonly Agreement[], includeAdjacent: boolean): Agreement[] {
  return agreements.filter((agreement) => includeAdjacent || !isAdjacentScope(agreement.scope));
}

function stats(agreements: readonly Agreement[]): z.output<typeof partnerAgreementStatsSchema> {
  const dates = agreements.flatMap((agreement) =>
    agreement.signed.date === null ? [] : [agreement.signed.date],
  );
  dates.sort(comparePartialDates);
  return {
    count: agreements.length,
    first_signed: dates[0] ?? null,
    latest_signed: dates.at(-1) ?? null,
    undated: agreements.length - dates.length,
  };
}

/** A partner as the list and the profile show it, named in a language. */
export function partnerSummary(entry: PartnerEntry, lang: Lang, context: ReadContext): PartnerSummary {
  const { jurisdiction } = entry;
  return {
    code: jurisdiction.code,
    kind: jurisdiction.kind,
    name: jurisdiction.names[lang],
    names: { en: jurisdiction.names.en, fr: jurisdiction.names.fr, zh: jurisdiction.names.zh },
    region: jurisdiction.region,
    region_name: jurisdiction.region === null ? null : areaName(jurisdiction.region, lang),
    subregion: jurisdiction.subregion,
    subregion_name: jurisdiction.subregion === null ? null : areaName(jurisdiction.subregion, lang),
    organisation_kind: jurisdiction.organisation_kind,
    agreements: {
      headline: stats(inScope(entry.agreements, false)),
      with_adjacent: stats(entry.agreements),
    },
    href: readLink(`/v1/partners/${encodeURIComponent(jurisdiction.code)}`, context, { lang }),
  };
}
