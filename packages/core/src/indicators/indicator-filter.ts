import { z } from 'zod';
import { REGION_CODES } from '../geo/regions.js';
import { JURISDICTION_PATTERN } from '../model/institution.js';
import { MAX_YEAR, MIN_YEAR } from '../model/partial-date.js';
import { agreementTypes } from '../vocabulary/agreement-type.js';
import { briFramings } from '../vocabulary/bri-framing.js';
import { icsFields } from '../vocabulary/ics-field.js';
import { institutionKinds } from '../vocabulary/institution-kind.js';
import { scopes } from '../vocabulary/scope.js';

/**
 * A list filter: an array of values, or one string of comma-separated values as a query string carries it
 * ("mou,joint_initiative"). Values OR within the filter; an empty list is refused rather than read as
 * "match nothing".
 */
function listOf<S extends z.ZodType<string, string>>(item: S, description: string) {
  const list = z.array(item).min(1, 'give at least one value, or leave the filter out');
  return z
    .union([
      list,
      z
        .string()
        .transform((text) => text.split(',').map((part) => part.trim()))
        .pipe(list),
    ])
    .optional()
    .meta({ description });
}

const oneOf = <const C extends string>(codes: readonly [C, ...C[]]) =>
  z.enum(codes, { error: `expected one of: ${codes.join(', ')}` });

const year = (description: string) =>
  z
    .union([
      z.int(),
      z
        .string()
        .regex(/^\d{4}$/, 'expected a year such as 2017')
        .transform(Number),
    ])
    .pipe(z.int().min(MIN_YEAR).max(MAX_YEAR))
    .optional()
    .meta({ description });

const flag = (description: string) =>
  z
    .union([z.boolean(), z.enum(['true', 'false']).transform((text) => text === 'true')])
    .default(false)
    .meta({ description });

/**
 * Filters on the agreements an indicator counts. Filters AND with each other. The partner filters (region,
 * partner_kind, partner) apply to partner parties: an agreement passes when one of its partner parties
 * passes all three, and partner-level figures count only the partners that pass.
 */
export const indicatorFilterSchema = z
  .strictObject({
    year_from: year(
      'First signature year, inclusive; undated agreements are then excluded and counted apart',
    ),
    year_to: year('Last signature year, inclusive; undated agreements are then excluded and counted apart'),
    region: listOf(
      oneOf(REGION_CODES),
      'UN M49 region code of a partner (002, 019, 142, 150, 009) or "global"',
    ),
    type: listOf(oneOf(agreementTypes.codes), 'Type of agreement'),
    scope: listOf(oneOf(scopes.codes), 'Scope; asking for an adjacent scope includes it'),
    sector: listOf(oneOf(icsFields.codes), 'ICS top-level field (two digits)'),
    partner_kind: listOf(oneOf(institutionKinds.codes), 'Institution kind of a partner party'),
    bri: listOf(oneOf(briFramings.codes), 'Belt and Road framing'),
    partner: listOf(
      z
        .string()
        .regex(JURISDICTION_PATTERN, 'expected an ISO 3166-1 alpha-3 or organisation code, e.g. "DEU"'),
      'Partner jurisdiction code (ISO 3166-1 alpha-3 or organisation code)',
    ),
    include_adjacent: flag('Include adjacent scopes (metrology, accreditation, conformity assessment…)'),
  })
  .refine((f) => f.year_from === undefined || f.year_to === undefined || f.year_from <= f.year_to, {
    error: 'year_to must not be before year_from',
    path: ['year_to'],
  });

/** A validated filter, as the indicators take it. */
export type IndicatorFilter = z.output<typeof indicatorFilterSchema>;
/** What a caller may pass to the schema (query-string forms included). */
export type IndicatorFilterInput = z.input<typeof indicatorFilterSchema>;

/** No filter: headline figures (standardisation scope, all years, undated included). */
export const DEFAULT_INDICATOR_FILTER: IndicatorFilter = indicatorFilterSchema.parse({});

/** Whether a year range is set, so that undated agreements are excluded. */
export function hasYearRange(filter: IndicatorFilter): boolean {
  return filter.year_from !== undefined || filter.year_to !== undefined;
}
