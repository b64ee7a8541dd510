import { GROUP_BYS } from '@sco/core';
import { releaseRefSchema } from '../openapi/components.js';
import { z } from '../openapi/zod.js';
import { readQueryShape } from '../reading/read-query.js';
import { indicatorFilterQueryShape, yearsInOrder } from './filter-query.js';
import {
  countsByBasisSchema,
  groupBySchema,
  indicatorCellSchema,
  indicatorDescriptionSchema,
  indicatorFilterEchoSchema,
  indicatorGroupSchema,
  langSchema,
  tallyReferenceSchema,
} from './indicator-value.schemas.js';
import { langQuery } from './lang-query.js';

/** `group_by=none` asks for the total alone, even of an indicator with a default breakdown. */
export const NO_GROUP_BY = 'none';
const GROUP_BY_CHOICES = [...GROUP_BYS, NO_GROUP_BY] as const;

const YEARS = new Set(['year_from', 'year_to']);

export const catalogueQuery = z.strictObject({ lang: langQuery, ...readQueryShape });

export const indicatorParams = z.strictObject({
  id: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,63}$/, 'expected an indicator id in snake_case, such as "bri_share"')
    .openapi({ description: 'Indicator id (see GET /v1/indicators)', example: 'agreements' }),
});

export const indicatorValuesQuery = z
  .strictObject({
    ...indicatorFilterQueryShape,
    group_by: z
      .enum(GROUP_BY_CHOICES, { error: `expected one of: ${GROUP_BY_CHOICES.join(', ')}` })
      .optional()
      .openapi({
        description:
          'Breakdown, among those the indicator supports (see its `group_bys`); absent = its default breakdown, ' +
          '"none" = the total alone. (snake_case like every parameter: `partner_kind`, not `partnerKind`.)',
      }),
    lang: langQuery,
    ...readQueryShape,
  })
  .refine(yearsInOrder, {
    error: 'year_to must not be before year_from',
    path: ['year_to'],
    // Checked even when other parameters are invalid, so that one answer names every problem.
    when: ({ issues }) => issues.every((issue) => !YEARS.has(String(issue.path?.[0]))),
  });

export const indicatorSummarySchema = z
  .strictObject({
    ...indicatorDescriptionSchema.shape,
    group_bys: z.array(groupBySchema).openapi({ description: 'Breakdowns the indicator supports' }),
    default_group_by: z
      .union([groupBySchema, z.null()])
      .openapi({ description: 'Its breakdown when none is asked for' }),
    href: z.string().openapi({ description: 'Its values', example: '/v1/indicators/agreements' }),
  })
  .openapi('IndicatorSummary');

export const indicatorCatalogueSchema = z
  .strictObject({
    release: releaseRefSchema,
    lang: langSchema,
    items: z.array(indicatorSummarySchema),
  })
  .openapi('IndicatorCatalogue');

export const indicatorValuesSchema = z
  .strictObject({
    release: releaseRefSchema,
    lang: langSchema,
    indicator: indicatorDescriptionSchema,
    filter: indicatorFilterEchoSchema,
    group_by: z.union([groupBySchema, z.null()]),
    total: indicatorCellSchema,
    groups: z.array(indicatorGroupSchema).openapi({
      description:
        'Empty without a breakdown. Groups can overlap: an agreement counts in each group it belongs to',
    }),
    excluded_undated: countsByBasisSchema.openapi({
      description: 'Undated agreements left out because a year range was set',
    }),
    tally: z.union([tallyReferenceSchema, z.null()]).openapi({
      description: 'The official tally the figures are compared with (coverage); null for other indicators',
    }),
  })
  .openapi('IndicatorValues');
