import {
  agreementTypes,
  areaName,
  comparePartialDates,
  computeIndicator,
  DEFAULT_INDICATOR_FILTER,
  getIndicator,
  institutionKinds,
  scopes,
  verificationLevels,
  type Agreement,
  type InstitutionRecord,
  type Lang,
  type RegionCode,
  type Vocabulary,
} from '@sco/core';
import type { BriefData } from './brief-data.js';
import type {
  LabelledCountBody,
  PartnerAgreementBody,
  PartnerAgreementStatsBody,
  PartnerIndicatorBody,
  PartnerInstitutionBody,
  PartnerListBody,
  PartnerProfileBody,
  PartnerSummaryBody,
} from './body-types.js';
import { inScope, partnerIndex, type PartnerEntry } from './partner-index.js';
import { presentCell } from './present-indicator.js';
import { readLink } from './read-link.js';

// The same bodies as the API's partners/partner-index.ts, partners.service.ts and partner-profile.service.ts.

/** The indicators a partner profile shows, computed with the filter partner=code. */
export const PARTNER_INDICATORS = [
  'agreements',
  'bri_share',
  'mutual_recognition_share',
  'international_anchoring_share',
  'convergence_balance',
  'depth_score',
  'renewals',
] as const;

const COLLATION_LOCALES: Readonly<Record<Lang, string>> = { en: 'en', fr: 'fr', zh: 'zh-CN' };

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

/** A partner as the list and the profile show it, named in a language. */
export function partnerSummary(entry: PartnerEntry, lang: Lang, release: string): PartnerSummaryBody {
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
    href: readLink(`/v1/partners/${encodeURIComponent(jurisdiction.code)}`, release, { lang }),
  };
}

/**
 * The body of GET /v1/partners?sort=-agreements (optionally &region=): most agreements of headline scope
 * first.
 */
export function partnerListBody(data: BriefData, lang: Lang, region?: RegionCode): PartnerListBody {
  const collator = new Intl.Collator(COLLATION_LOCALES[lang]);
  const items = [...partnerIndex(data.agreements).values()]
    .filter((entry) => region === undefined || entry.jurisdiction.region === region)
    .map((entry) => partnerSummary(entry, lang, data.release.id))
    .sort(
      (a, b) =>
        b.agreements.headline.count - a.agreements.headline.count ||
        b.agreements.with_adjacent.count - a.agreements.with_adjacent.count ||
        collator.compare(a.name, b.name) ||
        (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
    );
  return { release: data.release, lang, total: items.length, items };
}

function agreementSummary(
  agreement: Agreement,
  code: string,
  lang: Lang,
  release: string,
): PartnerAgreementBody {
  return {
    id: agreement.id,
    title_en: agreement.title_en,
    title_original: agreement.title_original,
    type: agreement.type,
    type_label: agreementTypes.labels[agreement.type][lang],
    scope: agreement.scope,
    scope_label: scopes.labels[agreement.scope][lang],
    signed_date: agreement.signed.date,
    signed_precision: agreement.signed.precision,
    signed_date_basis: agreement.signed.basis,
    verification: agreement.verification,
    verification_label: verificationLevels.labels[agreement.verification][lang],
    other_partners: agreement.partners.filter((partner) => partner.code !== code).length,
    href: readLink(`/v1/agreements/${agreement.id}`, release),
  };
}

function countsBy<C extends string>(
  vocabulary: Vocabulary<C>,
  codes: readonly C[],
  lang: Lang,
): LabelledCountBody[] {
  return vocabulary.codes.flatMap((key) => {
    const count = codes.filter((code) => code === key).length;
    return count === 0 ? [] : [{ key, label: vocabulary.labels[key][lang], count }];
  });
}

function institutionsOf(
  agreements: readonly Agreement[],
  code: string,
  lang: Lang,
): PartnerInstitutionBody[] {
  const signed = new Map<string, { institution: InstitutionRecord; agreements: Set<string> }>();
  for (const agreement of agreements) {
    for (const party of agreement.parties) {
      if (party.side !== 'partner' || party.jurisdiction.code !== code) continue;
      const entry = signed.get(party.institution.id) ?? {
        institution: party.institution,
        agreements: new Set(),
      };
      entry.agreements.add(agreement.id);
      signed.set(party.institution.id, entry);
    }
  }
  return [...signed.values()]
    .map(({ institution, agreements: ids }) => ({
      id: institution.id,
      name_en: institution.name_en,
      name_original: institution.name_original,
      acronym: institution.acronym,
      kind: institution.kind,
      kind_label: institutionKinds.labels[institution.kind][lang],
      agreements: ids.size,
    }))
    .sort((a, b) => b.agreements - a.agreements || a.name_en.localeCompare(b.name_en, 'en'));
}

function indicatorsFor(data: BriefData, code: string, lang: Lang): PartnerIndicatorBody[] {
  const filter = { ...DEFAULT_INDICATOR_FILTER, partner: [code] };
  return PARTNER_INDICATORS.map((id) => {
    const indicator = getIndicator(id);
    const outcome = computeIndicator(id, {
      agreements: data.agreements,
      tallies: data.tallies,
      filter,
      group_by: null,
    });
    if (!outcome.ok) throw new Error(outcome.problem.message);
    return {
      id,
      unit: indicator.unit,
      title: indicator.title[lang],
      ...presentCell(outcome.result.total, indicator.unit, lang),
      href: readLink(`/v1/indicators/${id}`, data.release.id, { partner: code, lang }),
    };
  });
}

/**
 * The body of GET /v1/partners/{code} (headline scope), or null when the code is not a partner in the
 * release.
 */
export function partnerProfileBody(data: BriefData, code: string, lang: Lang): PartnerProfileBody | null {
  const entry = partnerIndex(data.agreements).get(code);
  if (!entry) return null;
  const release = data.release.id;
  const agreements = inScope(entry.agreements, false);
  const dated = agreements.filter((agreement) => agreement.signed.date !== null);
  const first = dated[0];
  const latest = dated.at(-1);
  return {
    release: data.release,
    lang,
    include_adjacent: false,
    partner: partnerSummary(entry, lang, release),
    agreements: agreements.map((agreement) => agreementSummary(agreement, code, lang, release)),
    first_agreement: first === undefined ? null : agreementSummary(first, code, lang, release),
    latest_agreement: latest === undefined ? null : agreementSummary(latest, code, lang, release),
    by_type: countsBy(
      agreementTypes,
      agreements.map((agreement) => agreement.type),
      lang,
    ),
    by_scope: countsBy(
      scopes,
      agreements.map((agreement) => agreement.scope),
      lang,
    ),
    institutions: institutionsOf(agreements, code, lang),
    indicators: indicatorsFor(data, code, lang),
  };
}
