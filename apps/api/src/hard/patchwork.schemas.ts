import { institutionKinds, PATCHWORK_PERIODS, REGION_CODES, scopes, VERIFICATION_BASES } from '@sco/core';
import { langSchema } from '../indicators/indicator-value.schemas.js';
import { booleanFlagQuery, langQuery } from '../indicators/lang-query.js';
import { releaseRefSchema } from '../openapi/components.js';
import { z } from '../openapi/zod.js';
import { readQueryShape } from '../reading/read-query.js';

export const patchworkQuery = z.strictObject({
  lang: langQuery,
  basis: z
    .enum(VERIFICATION_BASES, { error: `expected one of: ${VERIFICATION_BASES.join(', ')}` })
    .default('all')
    .openapi({ description: 'Verification basis: verified, verified_single or all' }),
  period: z
    .enum(PATCHWORK_PERIODS, { error: `expected one of: ${PATCHWORK_PERIODS.join(', ')}` })
    .optional()
    .openapi({ description: 'Network only: agreements signed in this period' }),
  region: z
    .enum(REGION_CODES, { error: `expected one of: ${REGION_CODES.join(', ')}` })
    .optional()
    .openapi({ description: 'Network only: partner bodies of this UN M49 region (or "global")' }),
  layout: booleanFlagQuery.default(true).openapi({
    description:
      'Give each network node a deterministic position (d3-force, fixed seed and ticks); false omits it',
  }),
  ...readQueryShape,
});

const share = z.number().nullable();

export const networkNodeSchema = z
  .strictObject({
    id: z.string().openapi({ description: 'Institution id' }),
    side: z.enum(['chinese', 'partner']),
    label: z.string().openapi({ description: 'Acronym, or name in `lang`' }),
    name: z.string(),
    jurisdiction: z.string(),
    region: z.enum(REGION_CODES).nullable(),
    agreements: z.int(),
    x: z.number().nullable().openapi({ description: 'Layout position in [0, size]; null without layout' }),
    y: z.number().nullable(),
  })
  .openapi('NetworkNode');

export const networkEdgeSchema = z
  .strictObject({
    source: z.string().openapi({ description: 'Chinese institution id' }),
    target: z.string().openapi({ description: 'Partner institution id' }),
    scope: z.enum(scopes.codes),
    scope_label: z.string(),
    agreements: z.int().openapi({ description: 'Weight: agreements of this scope the two signed together' }),
    agreement_ids: z.array(z.string()),
  })
  .openapi('NetworkEdge');

export const patchworkSchema = z
  .strictObject({
    release: releaseRefSchema,
    lang: langSchema,
    basis: z.enum(VERIFICATION_BASES),
    n: z.int().openapi({ description: 'Agreements of standardisation scope at the basis' }),
    by_chinese_body: z.array(
      z.strictObject({
        institution_id: z.string(),
        name_en: z.string(),
        name: z.string().openapi({ description: 'Name in `lang`' }),
        acronym: z.string().nullable(),
        agreements: z.int(),
      }),
    ),
    by_partner_kind: z.array(
      z.strictObject({ kind: z.enum(institutionKinds.codes), label: z.string(), agreements: z.int() }),
    ),
    multilateral: z.array(
      z.strictObject({
        period: z.enum(PATCHWORK_PERIODS),
        multilateral: z.int(),
        agreements: z.int(),
        share,
      }),
    ),
    concentration: z
      .array(z.strictObject({ year: z.int(), hhi: share, agreements: z.int(), signatories: z.int() }))
      .openapi({ description: 'Herfindahl–Hirschman index (0–1) of Chinese signatories per year' }),
    network: z
      .strictObject({
        period: z.enum(PATCHWORK_PERIODS).nullable(),
        region: z.enum(REGION_CODES).nullable(),
        size: z.int().nullable().openapi({ description: 'Side of the layout box; null without layout' }),
        nodes: z.array(networkNodeSchema),
        edges: z.array(networkEdgeSchema),
      })
      .openapi({
        description: 'Bipartite network of Chinese bodies and partner bodies, every scope included',
      }),
  })
  .openapi('Patchwork');
