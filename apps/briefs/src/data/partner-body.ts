import {
  comparePartners,
  partnerIndex,
  partnerProfile,
  partnerSummary,
  type Lang,
  type RegionCode,
} from '@sco/core';
import type { BriefData } from './brief-data.js';
import type { PartnerListBody, PartnerProfileBody } from './body-types.js';
import { readLinkOf } from './read-link.js';

/**
 * The body of GET /v1/partners?sort=-agreements (optionally &region=): most agreements of headline scope
 * first.
 */
export function partnerListBody(data: BriefData, lang: Lang, region?: RegionCode): PartnerListBody {
  const link = readLinkOf(data.release.id);
  const items = [...partnerIndex(data.agreements).values()]
    .filter((entry) => region === undefined || entry.jurisdiction.region === region)
    .map((entry) => partnerSummary(entry, lang, link))
    .sort(comparePartners('-agreements', lang));
  return { release: data.release, lang, total: items.length, items };
}

/**
 * The body of GET /v1/partners/{code} (headline scope), or null when the code is not a partner in the
 * release.
 */
export function partnerProfileBody(data: BriefData, code: string, lang: Lang): PartnerProfileBody | null {
  const profile = partnerProfile(data, { code, lang, includeAdjacent: false }, readLinkOf(data.release.id));
  return profile === null ? null : { release: data.release, ...profile };
}
