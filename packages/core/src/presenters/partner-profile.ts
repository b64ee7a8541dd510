import { agreementTitleIn } from '../i18n/agreement-title.js';
import type { Agreement } from '../dataset/assemble.js';
import { institutionNameIn } from '../i18n/institution-name.js';
import type { Jurisdiction } from '../geo/jurisdiction.js';
import type { Lang } from '../i18n/lang.js';
import { getIndicator } from '../indicators/catalogue.js';
import { computeIndicator } from '../indicators/compute-indicator.js';
import { DEFAULT_INDICATOR_FILTER } from '../indicators/indicator-filter.js';
import type { InstitutionRecord } from '../model/institution.js';
import { agreementTypes } from '../vocabulary/agreement-type.js';
import { institutionKinds } from '../vocabulary/institution-kind.js';
import { scopes } from '../vocabulary/scope.js';
import { verificationLevels } from '../vocabulary/verification.js';
import type { Vocabulary } from '../vocabulary/vocabulary.js';
import type {
  LabelledCountBody,
  PartnerAgreementBody,
  PartnerIndicatorBody,
  PartnerInstitutionBody,
  PartnerProfileBody,
} from './partner-bodies.js';
import { inScope, partnerIndex } from './partner-index.js';
import { partnerSummary } from './partner-summary.js';
import { presentCell } from './present-indicator.js';
import type { ReadLink } from './read-link.js';
import type { ReleaseData } from './release-data.js';

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

export interface PartnerProfileRequest {
  readonly code: string;
  readonly lang: Lang;
  /** Agreements of adjacent scope (metrology, accreditation…) too. */
  readonly includeAdjacent: boolean;
}

function agreementSummary(
  agreement: Agreement,
  code: string,
  lang: Lang,
  link: ReadLink,
): PartnerAgreementBody {
  const title = agreementTitleIn(agreement, lang);
  return {
    id: agreement.id,
    title_en: agreement.title_en,
    title_original: agreement.title_original,
    title_label: title.title,
    title_label_lang: title.lang,
    title_label_basis: title.basis,
    type: agreement.type,
    type_label: agreementTypes.labels[agreement.type][lang],
    scope: agreement.scope,
    scope_label: scopes.labels[agreement.scope][lang],
    signed_date: agreement.signed.date,
    signed_precision: agreement.signed.precision,
    signed_date_basis: agreement.signed.basis,
    signed_no_later_than: agreement.signed_no_later_than,
    verification: agreement.verification,
    verification_label: verificationLevels.labels[agreement.verification][lang],
    other_partners: agreement.partners.filter((partner) => partner.code !== code).length,
    href: link(`/v1/agreements/${agreement.id}`),
  };
}

/** Counts per code of a vocabulary, in its order, leaving out codes that do not occur. */
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

/** The partner's institutions that signed the agreements, those that signed most first. */
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
      name_label: institutionNameIn(institution, lang),
      name_original: institution.name_original,
      acronym: institution.acronym,
      kind: institution.kind,
      kind_label: institutionKinds.labels[institution.kind][lang],
      agreements: ids.size,
    }))
    .sort((a, b) => b.agreements - a.agreements || a.name_en.localeCompare(b.name_en, 'en'));
}

function indicatorsFor(
  data: ReleaseData,
  request: PartnerProfileRequest,
  link: ReadLink,
): PartnerIndicatorBody[] {
  const filter = {
    ...DEFAULT_INDICATOR_FILTER,
    partner: [request.code],
    include_adjacent: request.includeAdjacent,
  };
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
      title: indicator.title[request.lang],
      ...presentCell(outcome.result.total, indicator.unit, request.lang),
      href: link(`/v1/indicators/${id}`, {
        partner: request.code,
        ...(request.includeAdjacent ? { include_adjacent: 'true' } : {}),
        lang: request.lang,
      }),
    };
  });
}

/**
 * A partner's profile in a release: its agreements (oldest first), first and latest, counts by type and
 * scope, its institutions that signed, and indicators over its agreements. Null when the code is a partner
 * in no agreement of the release, unless `known` gives its jurisdiction (e.g. a country with Chinese
 * investment but no agreement): then a profile with no agreements.
 */
export function partnerProfile(
  data: ReleaseData,
  request: PartnerProfileRequest,
  link: ReadLink,
  known?: Jurisdiction,
): PartnerProfileBody | null {
  const { code, lang, includeAdjacent } = request;
  const entry = partnerIndex(data.agreements).get(code) ?? (known && { jurisdiction: known, agreements: [] });
  if (!entry) return null;
  const agreements = inScope(entry.agreements, includeAdjacent);
  const dated = agreements.filter((agreement) => agreement.signed.date !== null);
  const first = dated[0];
  const latest = dated.at(-1);
  return {
    lang,
    include_adjacent: includeAdjacent,
    partner: partnerSummary(entry, lang, link),
    agreements: agreements.map((agreement) => agreementSummary(agreement, code, lang, link)),
    first_agreement: first === undefined ? null : agreementSummary(first, code, lang, link),
    latest_agreement: latest === undefined ? null : agreementSummary(latest, code, lang, link),
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
    indicators: indicatorsFor(data, request, link),
  };
}
