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
import { EXPORT_FORMATS } from '../exports/export-format.js';
import { z } from '../openapi/zod.js';
import { langQuery } from '../indicators/lang-query.js';
import { releaseRefSchema } from '../openapi/components.js';
import { readQueryShape } from '../reading/read-query.js';
import { titleLabelShape } from './agreement-detail.schemas.js';

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
      .openapi({ description: 'The `next` of the previous page (JSON only: exports hold every page)' }),
    format: z
      .enum(EXPORT_FORMATS, { error: `expected one of: ${EXPORT_FORMATS.join(', ')}` })
      .optional()
      .openapi({
        description:
          'json (pages), or csv / xlsx: a file of every matching agreement (limit is ignored, cursor refused). ' +
          'Wins over the Accept header',
      }),
    lang: langQuery.openapi({
      description: 'Language of `title_label` in a JSON page (exports keep the recorded titles)',
      example: 'fr',
    }),
    ...readQueryShape,
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    error: 'from must not be after to',
    path: ['from'],
  });

export const agreementSummarySchema = z
  .strictObject({
    ...agreementRecordSchema.shape,
    ...titleLabelShape,
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

export const agreementsCsvSchema = z.string().openapi('AgreementsCsv', {
  description:
    'RFC 4180 CSV (UTF-8, CRLF, every field quoted): a header row, then one row per agreement with the fields ' +
    'of AgreementSummary (except the `title_label` ones), lists joined with "; ", and partner_names_en. Texts starting with =, +, -, @, tab ' +
    'or carriage return are prefixed with an apostrophe (formula-injection guard)',
  example: '"id","title_en",…\r\n"sac-din-2006","Cooperation agreement between SAC and DIN",…\r\n',
});

export const agreementsXlsxSchema = z.string().openapi('AgreementsXlsx', {
  description:
    'An XLSX workbook: the sheet "Agreements" (the CSV columns, dates as text) and the sheet "About" ' +
    '(release, query, licence, citation)',
  format: 'binary',
});
