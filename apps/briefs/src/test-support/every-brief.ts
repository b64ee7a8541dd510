import { icsFields, REGION_CODES, type Lang } from '@sco/core';
import { briefSubjects } from '../data/brief-subjects.js';
import type { BriefData } from '../data/brief-data.js';

/**
 * The request fields of every brief a release has in a language: the overview in both lengths, and the
 * report of every partner, region and sector with agreements (for tests that read every brief's text).
 */
export function everyBrief(data: BriefData, lang: Lang): Record<string, string>[] {
  const subjects = briefSubjects(data, lang);
  return [
    { template: 'overview', length: 'report' },
    { template: 'overview', length: 'brief' },
    ...subjects.partners.map((partner) => ({ template: 'partner', subject: partner.code, length: 'report' })),
    ...REGION_CODES.map((region) => ({ template: 'region', subject: region, length: 'report' })),
    ...icsFields.codes.flatMap((sector) =>
      subjects.sectors.some((item) => item.code === sector && item.agreements > 0)
        ? [{ template: 'sector', subject: sector, length: 'report' }]
        : [],
    ),
  ];
}
