import {
  comparePartners,
  jurisdictionResolver,
  partnerSummaryOf,
  type Jurisdiction,
  type Lang,
  type OrganisationRecord,
  type PartnerSort,
  type RegionCode,
  UnresolvedReferenceError,
} from '@sco/core';
import { normalizeSearchText, type PartnerStats } from '@sco/db';
import { readLinkOf } from '../indicators/read-link.js';
import type { z } from '../openapi/zod.js';
import type { ReadContext } from '../reading/read-context.js';
import type { PARTNER_KINDS, partnerSummarySchema } from './partners.schemas.js';

export type PartnerSummary = z.output<typeof partnerSummarySchema>;

export interface PartnerListQuery {
  readonly lang: Lang;
  readonly region?: RegionCode | undefined;
  readonly kind?: (typeof PARTNER_KINDS)[number] | undefined;
  readonly q?: string | undefined;
  readonly sort: PartnerSort;
}

function matches(jurisdiction: Jurisdiction, query: PartnerListQuery): boolean {
  if (query.region !== undefined && jurisdiction.region !== query.region) return false;
  if (query.kind !== undefined && jurisdiction.kind !== query.kind) return false;
  if (query.q === undefined) return true;
  const needle = normalizeSearchText(query.q);
  const { en, fr, zh } = jurisdiction.names;
  return [jurisdiction.code, en, fr, zh].some((text) => normalizeSearchText(text).includes(needle));
}

/**
 * The partners of a release that match the filters, sorted: from the stats of their agreements (grouped in
 * SQL, `partnerAgreementStats`) and the release's organisations, which resolve each code to its names and
 * region.
 */
export function listPartners(
  stats: readonly PartnerStats[],
  organisations: readonly OrganisationRecord[],
  query: PartnerListQuery,
  context: ReadContext,
): PartnerSummary[] {
  const link = readLinkOf(context);
  const resolve = jurisdictionResolver(organisations);
  return stats
    .flatMap(({ code, ...agreements }) => {
      const jurisdiction = resolve(code);
      // As assembling the release does: an institution's jurisdiction is a country or an organisation.
      if (jurisdiction === undefined) throw new UnresolvedReferenceError(`unknown jurisdiction "${code}"`);
      return matches(jurisdiction, query)
        ? [partnerSummaryOf(jurisdiction, agreements, query.lang, link)]
        : [];
    })
    .sort(comparePartners(query.sort, query.lang));
}
