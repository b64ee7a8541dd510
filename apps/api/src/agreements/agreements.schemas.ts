import {
  agreementRecordSchema,
  agreementTypes,
  briFramings,
  icsFields,
  REGION_CODES,
  scopes,
  verificationLevels,
} from '@sco/core';
import { AGREEMENT_SORTS } from '@sco/db';
import { z } from '../openapi/zod.js';
import { releaseRefSchema } from '../openapi/components.js';
import { readQueryShape } from '../reading/read-query.js';

export const MAX_PAGE_SIZE = 200;
export const DEFAULT_PAGE_SIZE = 50;

const JURISDICTION = /^[A-Z][A-Z0-9-]{1,19}$/;

const booleanFlag = z
  .enum(['true', 'false'], { error: 'expected true or false' })
  .transform((value) => value === 'true');

const year = z
  .string()
  .regex(/^\d{4}$/, 'expected a four-digit year')
  .transform(Number)
  .pipe(z.int().min(1949, 'expected a year from 1949').max(2100, 'expected a year up to 2100'));

/** GET /v1/agreements: filters, search, sort and cursor pagination. Unknown parameters are rejected. */
export const listAgreementsQuery = z
  .strictObject({
    q: z.string().max(200, 'must be at most 200 characters').optional().openapi({
      description:
        'Case-insensitive substring search (Unicode NFKC) over ids, titles, notes, terms, tags, party names and acronyms, and partner names in English, French and Chinese',
      example: '标准',
    }),
    partner: z
      .string()
      .regex(
        JURISDICTION,
        'expected an ISO 3166-1 alpha-3 code (e.g. DEU) or an organisation code (e.g. ASEAN)',
      )
      .optional()
      .openapi({ description: 'Partner country (ISO 3166-1 alpha-3) or organisation code', example: 'DEU' }),
    region: z
      .enum(REGION_CODES, { error: `expected one of: ${REGION_CODES.join(', ')}` })
      .optional()
      .openapi({
        description:
          'UN M49 region of a partner (002 Africa, 019 Americas, 142 Asia, 150 Europe, 009 Oceania) or "global"',
      }),
    type: z
      .enum(agreementTypes.codes, { error: `expected one of: ${agreementTypes.codes.join(', ')}` })
      .optional(),
    scope: z
      .enum(scopes.codes, { error: `expected one of: ${scopes.codes.join(', ')}` })
      .optional()
      .openapi({ description: 'Asking for an adjacent scope includes it' }),
    sector: z
      .enum(icsFields.codes, { error: 'expected a two-digit ICS top-level field such as 35' })
      .optional(),
    bri_framing: z
      .enum(briFramings.codes, { error: `expected one of: ${briFramings.codes.join(', ')}` })
      .optional(),
    verification: z
      .enum(verificationLevels.codes, { error: `expected one of: ${verificationLevels.codes.join(', ')}` })
      .optional(),
    from: year
      .optional()
      .openapi({ description: 'Signed in or after this year (undated agreements are left out)' }),
    to: year
      .optional()
      .openapi({ description: 'Signed in or before this year (undated agreements are left out)' }),
    include_adjacent: booleanFlag
      .optional()
      .openapi({ description: 'Include adjacent scopes (metrology, accreditation…)' }),
    sort: z
      .enum(AGREEMENT_SORTS, { error: `expected one of: ${AGREEMENT_SORTS.join(', ')}` })
      .default('signed_date'),
    limit: z
      .string()
      .regex(/^\d+$/, 'expected a whole number')
      .transform(Number)
      .pipe(z.int().min(1, 'expected at least 1').max(MAX_PAGE_SIZE, `expected at most ${MAX_PAGE_SIZE}`))
      .default(DEFAULT_PAGE_SIZE),
    cursor: z
      .string()
      .max(500, 'must be at most 500 characters')
      .optional()
      .openapi({ description: 'The `next` of the previous page' }),
    ...readQueryShape,
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    error: 'from must not be after to',
    path: ['from'],
  });

export const agreementSummarySchema = z
  .strictObject({
    ...agreementRecordSchema.shape,
    version: z.int().openapi({ description: 'Edit counter of the record' }),
    partners: z.array(z.string()).openapi({ description: 'Partner jurisdiction codes' }),
  })
  .openapi('AgreementSummary');

export const agreementPageSchema = z
  .strictObject({
    release: releaseRefSchema,
    total: z.int().openapi({ description: 'Agreements matching the query, across all pages' }),
    next: z.string().nullable().openapi({ description: 'Cursor of the next page; null on the last page' }),
    items: z.array(agreementSummarySchema),
  })
  .openapi('AgreementPage');
