import type { Agreement } from '../dataset/assemble.js';
import type { Jurisdiction } from '../geo/jurisdiction.js';
import { areaName } from '../geo/regions.js';
import type { Lang } from '../i18n/lang.js';
import { comparePartialDates } from '../model/partial-date.js';
import type { PartnerAgreementStatsBody, PartnerSummaryBody } from './partner-bodies.js';
import { inScope, type PartnerEntry } from './partner-index.js';
import type { ReadLink } from './read-link.js';

function stats(agreements: readonly Agreement[]): PartnerAgreementStatsBody {
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

/** The stats of a partner's agreements in headline scope and with the adjacent scopes. */
export interface PartnerAgreementStats {
  readonly headline: PartnerAgreementStatsBody;
  readonly with_adjacent: PartnerAgreementStatsBody;
}

/** A partner as the list and the profile show it, named in a language, linked to its profile. */
export function partnerSummary(entry: PartnerEntry, lang: Lang, link: ReadLink): PartnerSummaryBody {
  return partnerSummaryOf(
    entry.jurisdiction,
    { headline: stats(inScope(entry.agreements, false)), with_adjacent: stats(entry.agreements) },
    lang,
    link,
  );
}

/**
 * A partner as the list shows it from its jurisdiction and the stats of its agreements counted elsewhere
 * (grouped SQL), named in a language, linked to its profile.
 */
export function partnerSummaryOf(
  jurisdiction: Jurisdiction,
  agreements: PartnerAgreementStats,
  lang: Lang,
  link: ReadLink,
): PartnerSummaryBody {
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
    agreements: { headline: agreements.headline, with_adjacent: agreements.with_adjacent },
    href: link(`/v1/partners/${encodeURIComponent(jurisdiction.code)}`, { lang }),
  };
}
