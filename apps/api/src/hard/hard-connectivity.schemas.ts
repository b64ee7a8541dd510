import { HARD_KINDS, hardConnectivityRecordSchema, REGION_CODES } from '@sco/core';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../agreements/agreements.schemas.js';
import { EXPORT_FORMATS } from '../exports/export-format.js';
import { langQuery } from '../indicators/lang-query.js';
import { releaseRefSchema } from '../openapi/components.js';
import { z } from '../openapi/zod.js';
import { readQueryShape } from '../reading/read-query.js';
import { hardSourcesSchema } from './hard-citation.schemas.js';

const year = z
  .string()
  .regex(/^\d{4}$/, 'expected a four-digit year')
  .transform(Number)
  .pipe(z.int().min(1949, 'expected a year from 1949').max(2100, 'expected a year up to 2100'));

/** GET /v1/hard-connectivity: filters and cursor pagination. Unknown parameters are rejected. */
export const listHardConnectivityQuery = z
  .strictObject({
    partner: z
      .string()
      .regex(/^[A-Z]{3}$/, 'expected an ISO 3166-1 alpha-3 country code in upper case, e.g. KEN')
      .optional()
      .openapi({ description: 'Partner country (ISO 3166-1 alpha-3)', example: 'KEN' }),
    region: z
      .enum(REGION_CODES, { error: `expected one of: ${REGION_CODES.join(', ')}` })
      .optional()
      .openapi({ description: 'UN M49 region of the partner (002, 019, 142, 150, 009)' }),
    from: year.optional().openapi({ description: 'Years from this one' }),
    to: year.optional().openapi({ description: 'Years up to this one' }),
    kind: z
      .enum(HARD_KINDS, { error: `expected one of: ${HARD_KINDS.join(', ')}` })
      .optional()
      .openapi({
        description: 'Partner-years with an amount of this kind (investment, construction, unspecified)',
      }),
    lang: langQuery,
    limit: z
      .string()
      .regex(/^\d+$/, 'expected a whole number')
      .transform(Number)
      .pipe(z.int().min(1, 'expected at least 1').max(MAX_PAGE_SIZE, `expected at most ${MAX_PAGE_SIZE}`))
      .default(DEFAULT_PAGE_SIZE),
    cursor: z
      .string()
      .regex(/^[A-Z]{3}-\d{4}$/, 'expected the `next` of a previous page, such as KEN-2015')
      .optional()
      .openapi({ description: 'The `next` of the previous page (JSON only: exports hold every page)' }),
    format: z
      .enum(EXPORT_FORMATS, { error: `expected one of: ${EXPORT_FORMATS.join(', ')}` })
      .optional()
      .openapi({
        description:
          'json (pages), or csv / xlsx: a file of every matching row (limit is ignored, cursor refused). ' +
          'Wins over the Accept header',
      }),
    ...readQueryShape,
  })
  .refine((query) => query.from === undefined || query.to === undefined || query.from <= query.to, {
    error: 'from must not be after to',
    path: ['from'],
  });

export const hardConnectivityRowSchema = z
  .strictObject({
    id: z.string().openapi({ description: 'Partner and year', example: 'KEN-2015' }),
    ...hardConnectivityRecordSchema.shape,
    partner_name: z.string().openapi({ description: 'Name of the partner in `lang`' }),
    region: z.enum(REGION_CODES).nullable(),
    total_usd_m: z.int().openapi({ description: 'Investment, construction and unspecified, USD millions' }),
  })
  .openapi('HardConnectivityRow');

export const hardConnectivityPageSchema = z
  .strictObject({
    release: releaseRefSchema,
    total: z.int().openapi({ description: 'Partner-years matching the query, across all pages' }),
    next: z.string().nullable().openapi({ description: 'Cursor of the next page; null on the last page' }),
    sources: hardSourcesSchema,
    items: z.array(hardConnectivityRowSchema),
  })
  .openapi('HardConnectivityPage');

export const hardConnectivityCsvSchema = z.string().openapi('HardConnectivityCsv', {
  description:
    'RFC 4180 CSV (UTF-8, CRLF, every field quoted): a header row, then one row per partner-year with the ' +
    'fields of HardConnectivityRow (names in English) and its source citation',
  example: '"id","partner",…\r\n"KEN-2015","KEN",…\r\n',
});

export const hardConnectivityXlsxSchema = z.string().openapi('HardConnectivityXlsx', {
  description:
    'An XLSX workbook: the sheet "Hard connectivity" (the CSV columns) and the sheet "About" (release, ' +
    'query, licence, citation of the data set and of the tracker)',
  format: 'binary',
});
