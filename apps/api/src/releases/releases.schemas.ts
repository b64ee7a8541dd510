import { AGGREGATE_TYPES, RELEASE_ID_PATTERN, type AggregateType } from '@sco/core';
import { releaseRefSchema } from '../openapi/components.js';
import { z } from '../openapi/zod.js';

/** Release ids are semantic versions; longer than this is not one. */
const MAX_RELEASE_ID_LENGTH = 40;

export const releaseIdParams = z.strictObject({
  id: z
    .string()
    .max(MAX_RELEASE_ID_LENGTH, `must be at most ${MAX_RELEASE_ID_LENGTH} characters`)
    .regex(RELEASE_ID_PATTERN, 'expected a release id such as "1.0.0"')
    .openapi({ description: 'Release id (the data package version)', example: '1.0.0' }),
});

const releaseLinksSchema = z
  .strictObject({
    self: z.string().openapi({ example: '/v1/releases/1.0.0' }),
    datapackage: z.string().openapi({
      description: 'The data package of the release as a zip',
      example: '/v1/releases/1.0.0/datapackage.zip',
    }),
    changes: z.string().openapi({
      description: 'The change entries the release published',
      example: '/v1/changes?release=1.0.0',
    }),
  })
  .openapi('ReleaseLinks');

export const releaseSchema = z
  .strictObject({
    id: z.string().openapi({ example: '1.0.0' }),
    published_at: z.string().openapi({ description: 'ISO 8601 instant (UTC)' }),
    published_by: z.string(),
    notes: z.string(),
    changes: z.int().openapi({ description: 'Change entries (field-level) the release published' }),
    links: releaseLinksSchema,
  })
  .openapi('Release');

export const releaseListSchema = z
  .strictObject({
    release: releaseRefSchema,
    items: z.array(releaseSchema).openapi({ description: 'Every release, newest first' }),
  })
  .openapi('ReleaseList');

const recordCountsSchema = z
  .strictObject({
    created: z.int(),
    updated: z.int(),
    deleted: z.int(),
  })
  .openapi('RecordChangeCounts', {
    description:
      'Records of one type the release created, updated (one or more fields) and deleted; a record created and edited in the same release counts as created',
  });

const changedRecordsShape = Object.fromEntries(
  AGGREGATE_TYPES.map((type) => [type, recordCountsSchema]),
) as Record<AggregateType, typeof recordCountsSchema>;

export const releaseSummarySchema = z
  .strictObject({
    totals: z
      .strictObject({
        agreements: z.int().openapi({ description: 'Every agreement, adjacent scopes included' }),
        partners: z.int().openapi({
          description: 'Distinct partner jurisdictions (countries and organisations) of those agreements',
        }),
        institutions: z.int(),
        organisations: z.int(),
        sources: z.int(),
        official_tallies: z.int(),
      })
      .openapi({ description: 'What the release holds' }),
    changed_records: z
      .strictObject(changedRecordsShape)
      .openapi({ description: 'What the release changed, by record type' }),
  })
  .openapi('ReleaseSummary');

export const releaseDetailSchema = z
  .strictObject({
    release: releaseRefSchema,
    ...releaseSchema.shape,
    summary: releaseSummarySchema,
  })
  .openapi('ReleaseDetail');
