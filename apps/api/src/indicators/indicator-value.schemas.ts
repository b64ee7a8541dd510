import {
  agreementTypes,
  briFramings,
  GROUP_BYS,
  icsFields,
  INDICATOR_UNITS,
  institutionKinds,
  LANGS,
  nullReasons,
  REGION_CODES,
  scopes,
  tallyQualifiers,
  tallySeries,
  verificationLevels,
} from '@sco/core';
import { z } from '../openapi/zod.js';

/** One figure at one verification basis. */
export const indicatorValueSchema = z
  .strictObject({
    value: z.number().nullable().openapi({ description: 'Null when it cannot be computed; never 0 instead' }),
    null_reason: z.enum(nullReasons.codes).nullable(),
    null_reason_label: z.string().nullable().openapi({ description: 'Why the value is null, in `lang`' }),
    n: z.int().openapi({ description: 'Agreements the figure is computed over' }),
    numerator: z.number().optional(),
    denominator: z.number().optional(),
    formatted: z.string().openapi({
      description:
        'The value as text in `lang`, with the decimals that the three verification bases of its cell share ("15.4%, 22.4%, 31.0%"; a share has one at least: "0.0%", "50.0%"; an em dash when null)',
    }),
  })
  .openapi('IndicatorValue');

/** A figure at the three verification bases: verified; verified and single-source; all rows. */
export const valuesByBasisSchema = z
  .strictObject({
    verified: indicatorValueSchema,
    verified_single: indicatorValueSchema,
    all: indicatorValueSchema,
  })
  .openapi('IndicatorValuesByBasis');

export const countsByBasisSchema = z
  .strictObject({ verified: z.int(), verified_single: z.int(), all: z.int() })
  .openapi('CountsByBasis');

const rangeSchema = z.string().openapi({
  description:
    'The figure across the three bases as text in `lang`, in the decimals its values are written in: one figure when they agree, else a range',
  example: '41–58',
});

export const indicatorPartSchema = z
  .strictObject({
    key: z.string(),
    unit: z.enum(INDICATOR_UNITS),
    label: z.string(),
    values: valuesByBasisSchema,
    range: rangeSchema,
  })
  .openapi('IndicatorPart');

const cellShape = {
  values: valuesByBasisSchema,
  range: rangeSchema,
  parts: z.array(indicatorPartSchema).openapi({ description: 'Companion figures of the indicator' }),
};

export const indicatorCellSchema = z.strictObject(cellShape).openapi('IndicatorCell');

export const indicatorGroupSchema = z
  .strictObject({
    key: z.string().openapi({
      description:
        'A year or "undated", a region code, "global" or "unknown", a type, an ICS field or "none", a kind, a provision',
    }),
    label: z.string().openapi({ description: 'The key in `lang`' }),
    ...cellShape,
  })
  .openapi('IndicatorGroup');

/** An indicator's description in one language. */
export const indicatorDescriptionSchema = z
  .strictObject({
    id: z.string().openapi({ example: 'agreements' }),
    unit: z.enum(INDICATOR_UNITS),
    title: z.string(),
    definition: z.string(),
    methodology: z.string(),
  })
  .openapi('IndicatorDescription');

export const groupBySchema = z
  .strictObject({ id: z.enum(GROUP_BYS), label: z.string() })
  .openapi('IndicatorGroupBy');

export const langSchema = z.enum(LANGS);

/** The filter the figures were computed with, as the server understood it. */
export const indicatorFilterEchoSchema = z
  .strictObject({
    year_from: z.int().optional(),
    year_to: z.int().optional(),
    region: z.array(z.enum(REGION_CODES)).optional(),
    type: z.array(z.enum(agreementTypes.codes)).optional(),
    scope: z.array(z.enum(scopes.codes)).optional(),
    sector: z.array(z.enum(icsFields.codes)).optional(),
    partner_kind: z.array(z.enum(institutionKinds.codes)).optional(),
    bri: z.array(z.enum(briFramings.codes)).optional(),
    partner: z.array(z.string()).optional(),
    include_adjacent: z.boolean(),
  })
  .openapi('IndicatorFilter');

/** The official tally an indicator compared the dataset with. */
export const tallyReferenceSchema = z
  .strictObject({
    id: z.string(),
    as_of: z.string().openapi({ description: 'Partial date the figure refers to', example: '2023-12' }),
    series: z.enum(tallySeries.codes),
    series_label: z.string(),
    documents: z.int().nullable(),
    partners: z.int().nullable(),
    qualifier: z.enum(tallyQualifiers.codes),
    claimant: z.string(),
    verification: z.enum(verificationLevels.codes),
    href: z.string().openapi({ description: 'The tallies, with this one among them' }),
  })
  .openapi('TallyReference');
