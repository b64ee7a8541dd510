import { DATE_PRECISIONS, sourceKinds, tallyQualifiers, tallySeries, verificationLevels } from '@sco/core';
import {
  countsByBasisSchema,
  langSchema,
  valuesByBasisSchema,
} from '../indicators/indicator-value.schemas.js';
import { langQuery } from '../indicators/lang-query.js';
import { releaseRefSchema } from '../openapi/components.js';
import { z } from '../openapi/zod.js';
import { readQueryShape } from '../reading/read-query.js';

export const listTalliesQuery = z.strictObject({
  series: z
    .enum(tallySeries.codes, { error: `expected one of: ${tallySeries.codes.join(', ')}` })
    .optional()
    .openapi({ description: 'Only the tallies of this series' }),
  lang: langQuery,
  ...readQueryShape,
});

export const tallySourceSchema = z
  .strictObject({
    id: z.string(),
    url: z.string(),
    publisher: z.string(),
    publisher_label: z.string().openapi({
      description:
        'The publisher as outputs print it, in `lang`: labelled where the data describes it in English, never a bare IP address',
    }),
    kind: z.enum(sourceKinds.codes),
    kind_label: z.string(),
    accessed: z.string().openapi({ description: 'When the source was checked (YYYY-MM-DD)' }),
    quote: z.string().nullable(),
  })
  .openapi('TallySource');

/** A lower and an upper bound (lower: surely; upper: possibly). */
const bounds = (description: string) =>
  z.strictObject({ lower: z.int(), upper: z.int() }).openapi({ description });

export const coverageRangeSchema = z
  .strictObject({
    documents: bounds(
      'Standardisation agreements surely signed on or before the tally date (lower: by a date whose period ends ' +
        'by then, or a signed_no_later_than on or before it), and possibly (upper: adding those dated only to a ' +
        'period containing the tally date, e.g. "2023" against "2023-06")',
    ),
    partners: bounds('Distinct partners of those agreements (lower and upper bound)'),
    undated: z.int().openapi({
      description:
        'Agreements that cannot be placed: no signed_date, and no signed_no_later_than on or before the date',
    }),
  })
  .openapi('CoverageRange');

export const tallyCoverageSchema = z
  .strictObject({
    scope: z.literal('standardisation').openapi({
      description: 'Agreements of headline scope only: the tallies count standardisation documents',
    }),
    agreements: countsByBasisSchema.openapi({
      description:
        'Agreements in the dataset signed on or before the tally date (a date known to the month or year counts ' +
        'when that month or year is not after it; an undated one when its signed_no_later_than is on or before ' +
        'it), per verification basis',
    }),
    share: valuesByBasisSchema.openapi({
      description:
        'Those agreements as a share of the documents claimed; an upper bound for an "at least" claim',
    }),
    share_range: z.string().openapi({ example: '41.7%–90.7%' }),
    partner_share: valuesByBasisSchema.openapi({
      description:
        'Distinct partners of those agreements (the numerator) as a share of the partners claimed (the denominator)',
    }),
    partner_share_range: z.string(),
    undated: countsByBasisSchema.openapi({
      description:
        'Undated agreements that no signed_no_later_than on or before the tally date places: they cannot be compared',
    }),
    later: countsByBasisSchema.openapi({ description: 'Agreements signed after the tally date' }),
    bounds: z
      .strictObject({
        verified: coverageRangeSchema,
        verified_single: coverageRangeSchema,
        all: coverageRangeSchema,
      })
      .openapi({ description: 'Documents and partners as lower and upper bounds, per verification basis' }),
  })
  .openapi('TallyCoverage');

export const officialTallySchema = z
  .strictObject({
    id: z.string().openapi({ example: 'tally-2023-12-cumulative' }),
    as_of: z.string().openapi({ description: 'Partial date the figure refers to', example: '2023-12' }),
    as_of_precision: z.enum(DATE_PRECISIONS),
    series: z.enum(tallySeries.codes),
    series_label: z.string(),
    documents: z.int().nullable(),
    partners: z.int().nullable(),
    qualifier: z.enum(tallyQualifiers.codes),
    qualifier_label: z.string(),
    claimant: z.string().openapi({ description: 'Who made the claim, as the data writes it (English)' }),
    claimant_label: z.string().openapi({ description: 'Who made the claim, in the language asked for' }),
    claim_text: z.string().openapi({ description: "The claim in the source's words" }),
    claim_lang: z.string().nullable(),
    verification: z.enum(verificationLevels.codes),
    verification_label: z.string(),
    notes: z.string().nullable(),
    sources: z.array(tallySourceSchema),
    mirror_only: z.boolean().openapi({
      description: 'Every source is a mirror or repost: the claim is known only as reported by it',
    }),
    as_reported_by: z
      .array(z.string())
      .nullable()
      .openapi({ description: 'For a mirror-only tally, the publishers of the mirrors; otherwise null' }),
    attribution: z.string().nullable().openapi({
      description: 'For a mirror-only tally, the attribution to show beside it, in `lang`',
      example: 'As reported by bamcerelia.com (spam-site repost)',
    }),
    coverage: z.union([tallyCoverageSchema, z.null()]).openapi({
      description:
        'What the dataset documents beside the claim; for cumulative tallies with a document count only (null otherwise)',
    }),
  })
  .openapi('OfficialTally');

export const tallyListSchema = z
  .strictObject({
    release: releaseRefSchema,
    lang: langSchema,
    total: z.int(),
    items: z.array(officialTallySchema).openapi({ description: 'Oldest first' }),
  })
  .openapi('TallyList');
