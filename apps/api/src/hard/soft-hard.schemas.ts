import { POPULATIONS, QUADRANTS, SOFT_MEASURES, VERIFICATION_BASES } from '@sco/core';
import { langSchema } from '../indicators/indicator-value.schemas.js';
import { langQuery } from '../indicators/lang-query.js';
import { releaseRefSchema } from '../openapi/components.js';
import { z } from '../openapi/zod.js';
import { readQueryShape } from '../reading/read-query.js';
import { hardSourcesSchema } from './hard-citation.schemas.js';

const basisQuery = z
  .enum(VERIFICATION_BASES, { error: `expected one of: ${VERIFICATION_BASES.join(', ')}` })
  .default('all')
  .openapi({
    description:
      'Verification basis of the sequence and the quadrants (the correlations are given at all three): ' +
      'verified, verified_single (verified and single-source) or all',
  });

export const softHardQuery = z.strictObject({ lang: langQuery, basis: basisQuery, ...readQueryShape });

const nullableNumber = z.number().nullable();

export const rankCorrelationSchema = z
  .strictObject({
    basis: z.enum(VERIFICATION_BASES),
    population: z.enum(POPULATIONS).openapi({
      description:
        'all_partners: every partner in the investment data, no agreement counting 0; with_agreement: those with at least one',
    }),
    measure: z.enum(SOFT_MEASURES).openapi({
      description: 'agreements: count of agreements; depth: mean depth score over coded agreements',
    }),
    rho: nullableNumber.openapi({ description: "Spearman's ρ (average ranks for ties); null below 3 pairs" }),
    n: z.int().openapi({ description: 'Partners in the correlation' }),
    low: nullableNumber.openapi({ description: 'Bootstrap 95 % interval, 2.5th percentile' }),
    high: nullableNumber.openapi({ description: 'Bootstrap 95 % interval, 97.5th percentile' }),
    p_value: nullableNumber.openapi({ description: 'Two-sided permutation p-value' }),
    resamples: z.int(),
    permutations: z.int(),
    seed: z.int(),
  })
  .openapi('RankCorrelation');

const partnerRef = {
  partner: z.string().openapi({ example: 'KEN' }),
  name: z.string().openapi({ description: 'Name in `lang`' }),
};

export const sequenceSchema = z
  .strictObject({
    basis: z.enum(VERIFICATION_BASES),
    n: z
      .int()
      .openapi({ description: 'Partners with both a deal of USD 100 m or more and a dated agreement' }),
    after: z.int().openapi({ description: 'First agreement in a later year than the first large deal' }),
    same_year: z.int(),
    before: z.int(),
    share_after: nullableNumber,
    median_ratio: nullableNumber.openapi({
      description: 'Median of investment in the 5 years after the first agreement / the 5 years before',
    }),
    ratio_n: z
      .int()
      .openapi({ description: 'Partners with both windows inside the data and investment before' }),
    window_years: z.int(),
    large_deal_usd_m: z.int(),
    coverage: z.strictObject({ from: z.int(), to: z.int() }).nullable(),
    partners: z.array(
      z.strictObject({
        ...partnerRef,
        first_deal_year: z.int(),
        first_agreement_year: z.int(),
        years_between: z.int().openapi({ description: 'Positive when the agreement came after the deal' }),
        before_usd_m: nullableNumber,
        after_usd_m: nullableNumber,
        ratio: nullableNumber,
      }),
    ),
  })
  .openapi('SoftHardSequence');

export const quadrantsSchema = z
  .strictObject({
    basis: z.enum(VERIFICATION_BASES),
    n: z.int(),
    soft_cut: nullableNumber.openapi({
      description: 'Median agreements per partner; high means strictly above',
    }),
    hard_cut: nullableNumber.openapi({
      description: 'Median investment and construction per partner, USD millions; high means strictly above',
    }),
    cut_points: z.string().openapi({ description: 'The cut points in words, in `lang`' }),
    quadrants: z.array(
      z.strictObject({
        quadrant: z.enum(QUADRANTS),
        label: z.string(),
        partners: z.array(z.strictObject({ ...partnerRef, agreements: z.int(), hard_usd_m: z.int() })),
      }),
    ),
  })
  .openapi('SoftHardQuadrants');

export const softHardSchema = z
  .strictObject({
    release: releaseRefSchema,
    lang: langSchema,
    hard_measure: z.string().openapi({ description: 'What the hard side is, in `lang`' }),
    headline: rankCorrelationSchema.openapi({
      description: 'Agreements vs investment, all partners in the investment data, all verification levels',
    }),
    correlations: z
      .array(rankCorrelationSchema)
      .openapi({ description: 'Each soft measure × verification basis × population' }),
    sequence: sequenceSchema,
    quadrants: quadrantsSchema,
    caveats: z.array(z.string()).openapi({ description: 'What these results cannot say, in `lang`' }),
    sources: hardSourcesSchema,
  })
  .openapi('SoftHard');
