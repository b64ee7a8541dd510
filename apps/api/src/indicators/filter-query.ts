import {
  agreementTypes,
  briFramings,
  icsFields,
  indicatorFilterSchema,
  institutionKinds,
  REGION_CODES,
  scopes,
} from '@sco/core';
import { z } from '../openapi/zod.js';

/** Longest value a filter parameter may carry (a list of every code fits many times over). */
export const MAX_FILTER_LENGTH = 1000;

type Issue = z.core.$ZodIssue;

/**
 * The messages of a failed core field. The core's fields accept arrays and numbers as well as the strings a
 * query carries; when a union fails, the message of its last (string) form is the one that applies.
 */
function messagesOf(issues: readonly Issue[]): string[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [issue.message];
    const stringForm = issue.errors.at(-1);
    return stringForm && stringForm.length > 0 ? messagesOf(stringForm) : [issue.message];
  });
}

/**
 * A core filter field as a query parameter: a string, validated by the core's own field schema. `accepts`
 * documents the values, which the OpenAPI document cannot derive from the core's union of forms.
 */
function queryParam<S extends z.ZodType>(field: S, accepts: string, example: string) {
  const { description = '' } = (field.meta() ?? {}) as { description?: string };
  return z
    .string()
    .max(MAX_FILTER_LENGTH, `must be at most ${MAX_FILTER_LENGTH} characters`)
    .transform((text, ctx): z.output<S> => {
      const result = field.safeParse(text);
      if (result.success) return result.data;
      for (const message of new Set(messagesOf(result.error.issues)))
        ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    })
    .optional()
    .openapi({ description: `${description}. ${accepts}`, example });
}

const listOf = (codes: readonly string[]) =>
  `One value or several, comma-separated or repeated, among: ${codes.join(', ')}`;

const core = indicatorFilterSchema.shape;

/**
 * The filters of the indicators (core's `indicatorFilterSchema`) as query parameters, with the same names and
 * rules. Lists are comma-separated or repeated (`type=mou,twinning` or `type=mou&type=twinning`).
 */
export const indicatorFilterQueryShape = {
  year_from: queryParam(core.year_from, 'A four-digit year', '2013'),
  year_to: queryParam(core.year_to, 'A four-digit year', '2023'),
  region: queryParam(core.region, listOf(REGION_CODES), '150,142'),
  type: queryParam(core.type, listOf(agreementTypes.codes), 'mou,cooperation_agreement'),
  scope: queryParam(core.scope, listOf(scopes.codes), 'standardisation,metrology'),
  sector: queryParam(core.sector, listOf(icsFields.codes), '35'),
  partner_kind: queryParam(core.partner_kind, listOf(institutionKinds.codes), 'national_standards_body'),
  bri: queryParam(core.bri, listOf(briFramings.codes), 'explicit'),
  partner: queryParam(
    core.partner,
    'One code or several, comma-separated or repeated: ISO 3166-1 alpha-3 or organisation codes',
    'DEU,FRA',
  ),
  include_adjacent: queryParam(core.include_adjacent, '"true" or "false" (the default)', 'true'),
};

/** The refinement of the core filter, for a query object that spreads the shape above. */
export function yearsInOrder(query: {
  year_from?: number | undefined;
  year_to?: number | undefined;
}): boolean {
  return query.year_from === undefined || query.year_to === undefined || query.year_from <= query.year_to;
}
