import {
  agreementRecordSchema,
  agreementTypes,
  DATE_BASES,
  DATE_PRECISIONS,
  INDICATOR_UNITS,
  institutionKinds,
  organisationKinds,
  PARTNER_SORTS,
  REGION_CODES,
  scopes,
  TITLE_BASES,
  verificationLevels,
} from '@sco/core';
import { indicatorCellSchema, langSchema } from '../indicators/indicator-value.schemas.js';
import { booleanFlagQuery, langQuery } from '../indicators/lang-query.js';
import { releaseRefSchema } from '../openapi/components.js';
import { z } from '../openapi/zod.js';
import { readQueryShape } from '../reading/read-query.js';
import { partnerHardSchema } from '../hard/partner-hard-series.schemas.js';

/** ISO 3166-1 alpha-3 country codes and organisation codes, as the data writes them. */
export const JURISDICTION_CODE = /^[A-Z][A-Z0-9-]{1,19}$/;

export const PARTNER_KINDS = ['country', 'organisation'] as const;

export const listPartnersQuery = z.strictObject({
  lang: langQuery,
  region: z
    .enum(REGION_CODES, { error: `expected one of: ${REGION_CODES.join(', ')}` })
    .optional()
    .openapi({
      description: 'UN M49 region (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania) or "global"',
    }),
  kind: z
    .enum(PARTNER_KINDS, { error: `expected one of: ${PARTNER_KINDS.join(', ')}` })
    .optional()
    .openapi({ description: 'Countries or organisations' }),
  q: z.string().min(1, 'must not be empty').max(200, 'must be at most 200 characters').optional().openapi({
    description:
      'Case-insensitive substring (Unicode NFKC) of the code or the name in English, French or Chinese',
    example: 'allem',
  }),
  sort: z
    .enum(PARTNER_SORTS, { error: `expected one of: ${PARTNER_SORTS.join(', ')}` })
    .default('name')
    .openapi({
      description:
        '"name" (display name in `lang`), "-agreements" (most agreements of headline scope first) or "code"',
    }),
  ...readQueryShape,
});

export const partnerParams = z.strictObject({
  code: z
    .string()
    .regex(
      JURISDICTION_CODE,
      'expected an upper-case ISO 3166-1 alpha-3 code (e.g. DEU) or organisation code (e.g. ASEAN)',
    )
    .openapi({ description: 'ISO 3166-1 alpha-3 country code or organisation code', example: 'DEU' }),
});

export const partnerProfileQuery = z.strictObject({
  lang: langQuery,
  include_adjacent: booleanFlagQuery.default(false).openapi({
    description:
      'Include agreements of adjacent scope (metrology, accreditation…) in the agreements, counts, institutions and indicators',
  }),
  ...readQueryShape,
});

export const partnerAgreementStatsSchema = z
  .strictObject({
    count: z.int(),
    first_signed: z.string().nullable().openapi({
      description: 'Earliest signature date (partial: YYYY, YYYY-MM or YYYY-MM-DD); null when none is dated',
      example: '2006-10',
    }),
    latest_signed: z.string().nullable().openapi({ description: 'Latest signature date (partial)' }),
    undated: z.int().openapi({ description: 'Agreements without a signature date, left out of the dates' }),
  })
  .openapi('PartnerAgreementStats');

export const partnerSummarySchema = z
  .strictObject({
    code: z.string().openapi({ example: 'DEU' }),
    kind: z.enum(PARTNER_KINDS),
    name: z.string().openapi({ description: 'Name in `lang`' }),
    names: z.strictObject({ en: z.string(), fr: z.string(), zh: z.string() }),
    region: z.enum(REGION_CODES).nullable(),
    region_name: z.string().nullable().openapi({ description: 'Region in `lang`' }),
    subregion: z.string().nullable().openapi({ description: 'UN M49 sub-region (countries only)' }),
    subregion_name: z.string().nullable(),
    organisation_kind: z.enum(organisationKinds.codes).nullable(),
    agreements: z
      .strictObject({
        headline: partnerAgreementStatsSchema.openapi({ description: 'Standardisation scope' }),
        with_adjacent: partnerAgreementStatsSchema.openapi({ description: 'Adjacent scopes included' }),
      })
      .openapi({ description: 'Agreements with this partner' }),
    href: z.string().openapi({ description: 'The profile', example: '/v1/partners/DEU' }),
  })
  .openapi('PartnerSummary');

export const partnerListSchema = z
  .strictObject({
    release: releaseRefSchema,
    lang: langSchema,
    total: z.int(),
    items: z.array(partnerSummarySchema),
  })
  .openapi('PartnerList');

export const partnerAgreementSchema = z
  .strictObject({
    id: z.string().openapi({ example: 'sac-din-2006' }),
    title_en: z.string(),
    title_original: z.string().nullable(),
    title_label: z.string().openapi({
      description:
        "The title in `lang`: the source's own title in that language where there is one, else the Observatory's translation of `title_en`",
    }),
    title_label_lang: z.string().openapi({ description: 'BCP 47 language code of `title_label`' }),
    title_label_basis: z.enum(TITLE_BASES).openapi({
      description:
        "`original` (the source's title), `translation` (the Observatory's, not an official title) or `recorded` (`title_en`)",
    }),
    type: z.enum(agreementTypes.codes),
    type_label: z.string(),
    scope: z.enum(scopes.codes),
    scope_label: z.string(),
    signed_date: z.string().nullable().openapi({ description: 'Partial date; null when undated' }),
    signed_precision: z.enum(DATE_PRECISIONS),
    signed_date_basis: z.enum(DATE_BASES).nullable(),
    // As the agreement listing gives it (terminus ante quem, YYYY-MM-DD, or null).
    signed_no_later_than: agreementRecordSchema.shape.signed_no_later_than,
    verification: z.enum(verificationLevels.codes),
    verification_label: z.string(),
    other_partners: z
      .int()
      .openapi({ description: 'Partner jurisdictions of the agreement besides this one' }),
    href: z.string(),
  })
  .openapi('PartnerAgreement');

const countSchema = z
  .strictObject({ key: z.string(), label: z.string(), count: z.int() })
  .openapi('LabelledCount');

export const partnerInstitutionSchema = z
  .strictObject({
    id: z.string(),
    name_en: z.string(),
    name_label: z.string().openapi({
      description:
        'The name in the language asked for: the name in established use there, its own name, or the Observatory’s translation (an unnamed institution described in that language)',
    }),
    name_original: z.string().nullable(),
    acronym: z.string().nullable(),
    kind: z.enum(institutionKinds.codes),
    kind_label: z.string(),
    agreements: z.int().openapi({ description: 'Agreements it signed among those listed' }),
  })
  .openapi('PartnerInstitution');

export const partnerIndicatorSchema = z
  .strictObject({
    id: z.string().openapi({ example: 'bri_share' }),
    unit: z.enum(INDICATOR_UNITS),
    title: z.string(),
    ...indicatorCellSchema.shape,
    href: z.string().openapi({ description: 'The indicator for this partner, with its methodology' }),
  })
  .openapi('PartnerIndicator');

export const partnerProfileSchema = z
  .strictObject({
    release: releaseRefSchema,
    lang: langSchema,
    include_adjacent: z.boolean(),
    partner: partnerSummarySchema,
    agreements: z
      .array(partnerAgreementSchema)
      .openapi({ description: 'Oldest first; undated agreements last' }),
    first_agreement: z
      .union([partnerAgreementSchema, z.null()])
      .openapi({ description: 'Earliest dated agreement' }),
    latest_agreement: z
      .union([partnerAgreementSchema, z.null()])
      .openapi({ description: 'Latest dated agreement' }),
    by_type: z.array(countSchema),
    by_scope: z.array(countSchema),
    institutions: z
      .array(partnerInstitutionSchema)
      .openapi({ description: "The partner's institutions that signed the agreements" }),
    indicators: z.array(partnerIndicatorSchema).openapi({
      description: 'Indicators computed over the agreements with this partner (filter partner=code)',
    }),
    hard_connectivity: partnerHardSchema,
  })
  .openapi('PartnerProfile');
