import {
  comparePartners,
  partnerIndex,
  partnerSummary,
  type Agreement,
  type Lang,
  type PartnerEntry,
  type PartnerSort,
  type RegionCode,
} from '@sco/core';
import { normalizeSearchText } from '@sco/db';
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

function matches(entry: PartnerEntry, query: PartnerListQuery): boolean {
  const { jurisdiction } = entry;
  if (query.region !== undefined && jurisdiction.region !== query.region) return false;
  if (query.kind !== undefined && jurisdiction.kind !== query.kind) return false;
  if (query.q === undefined) return true;
  const needle = normalizeSearchText(query.q);
  const { en, fr, zh } = jurisdiction.names;
  return [jurisdiction.code, en, fr, zh].some((text) => normalizeSearchText(text).includes(needle));
}

/** The partners of a release that match the filters, sorted. */
export function listPartners(
  agreements: readonly Agreement[],
  query: PartnerListQuery,
  context: ReadContext,
): PartnerSummary[] {
  const link = readLinkOf(context);
  return [...partnerIndex(agreements).values()]
    .filter((entry) => matches(entry, query))
    .map((entry) => partnerSummary(entry, query.lang, link))
    .sort(comparePartners(query.sort, query.lang));
}
