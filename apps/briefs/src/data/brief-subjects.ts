import { areaName, icsFields, inScope, partnerIndex, REGION_CODES, type Lang } from '@sco/core';
import type { BriefData } from './brief-data.js';

export interface BriefSubject {
  readonly code: string;
  readonly name: string;
  /** Agreements of headline scope (standardisation) with it, in it, or naming it. */
  readonly agreements: number;
}

/** What a brief can be about in a release, named in a language (e.g. for the studio's pickers). */
export interface BriefSubjects {
  readonly partners: readonly BriefSubject[];
  readonly regions: readonly BriefSubject[];
  readonly sectors: readonly BriefSubject[];
}

export function briefSubjects(data: BriefData, lang: Lang): BriefSubjects {
  const headline = inScope(data.agreements, false);
  const partners = [...partnerIndex(data.agreements).values()]
    .map(({ jurisdiction, agreements }) => ({
      code: jurisdiction.code,
      name: jurisdiction.names[lang],
      agreements: inScope(agreements, false).length,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const regions = REGION_CODES.map((code) => ({
    code,
    name: areaName(code, lang),
    agreements: headline.filter((agreement) => agreement.partners.some((partner) => partner.region === code))
      .length,
  }));
  const sectors = icsFields.codes.map((code) => ({
    code,
    name: icsFields.labels[code][lang],
    agreements: headline.filter((agreement) => agreement.sectors.includes(code)).length,
  }));
  return { partners, regions, sectors };
}
