import {
  agreementTypes,
  computeIndicator,
  DEFAULT_INDICATOR_FILTER,
  getIndicator,
  institutionKinds,
  scopes,
  verificationLevels,
  type Agreement,
  type InstitutionRecord,
  type Lang,
  type Vocabulary,
} from '@sco/core';
import { presentCell } from '../indicators/present-indicator.js';
import { readLink } from '../indicators/read-link.js';
import type { z } from '../openapi/zod.js';
import type { LoadedDataset } from '../reading/dataset-cache.js';
import type { ReadContext } from '../reading/read-context.js';
import { inScope, partnerIndex, partnerSummary } from './partner-index.js';
import { partnerNotFound } from './partner-not-found.js';
import type {
  partnerAgreementSchema,
  partnerIndicatorSchema,
  partnerInstitutionSchema,
  partnerProfileSchema,
} from './partners.schemas.js';

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

type ProfileBody = Omit<z.output<typeof partnerProfileSchema>, 'release'>;
type AgreementBody = z.output<typeof partnerAgreementSchema>;

export interface ProfileRequest {
  readonly code: string;
  readonly lang: Lang;
  readonly includeAdjacent: boolean;
}

function agreementSummary(
  agreement: Agreement,
  code: string,
  lang: Lang,
  context: ReadContext,
): AgreementBody {
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
    href: readLink(`/v1/agreements/${agreement.id}`, context),
  };
}

/** Counts per code of a vocabulary, in its order, leaving out codes that do not occur. */
function countsBy<C extends string>(vocabulary: Vocabulary<C>, codes: readonly C[], lang: Lang) {
  return vocabulary.codes.flatMap((key) => {
    const count = codes.filter((code) => code === key).length;
    return count === 0 ? [] : [{ key, label: vocabulary.labels[key][lang], count }];
  });
}

function institutionsOf(
  agreements: readonly Agreement[],
  code: string,
  lang: Lang,
): z.output<typeof partnerInstitutionSchema>[] {
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

function indicatorsFor(
  data: LoadedDataset,
  request: ProfileRequest,
  context: ReadContext,
): z.output<typeof partnerIndicatorSchema>[] {
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
      href: readLink(`/v1/indicators/${id}`, context, {
        partner: request.code,
        ...(request.includeAdjacent ? { include_adjacent: 'true' } : {}),
        lang: request.lang,
      }),
    };
  });
}

/** The profile of a partner of a release, or a 404 problem saying what the code is. */
export function partnerProfile(
  data: LoadedDataset,
  request: ProfileRequest,
  context: ReadContext,
): ProfileBody {
  const { code, lang, includeAdjacent } = request;
  const entry = partnerIndex(data.agreements).get(code);
  if (!entry) throw partnerNotFound(code, data.dataset.tables.organisations, context);
  const agreements = inScope(entry.agreements, includeAdjacent);
  const dated = agreements.filter((agreement) => agreement.signed.date !== null);
  const first = dated[0];
  const latest = dated.at(-1);
  return {
    lang,
    include_adjacent: includeAdjacent,
    partner: partnerSummary(entry, lang, context),
    agreements: agreements.map((agreement) => agreementSummary(agreement, code, lang, context)),
    first_agreement: first === undefined ? null : agreementSummary(first, code, lang, context),
    latest_agreement: latest === undefined ? null : agreementSummary(latest, code, lang, context),
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
    indicators: indicatorsFor(data, request, context),
  };
}
