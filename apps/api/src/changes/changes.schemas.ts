import { AGGREGATE_TYPES } from '@sco/core';
import { releaseRefSchema } from '../openapi/components.js';
import { z } from '../openapi/zod.js';
import { ALL_CHANGE_FIELDS, CHANGE_FIELDS } from './change-fields.js';
import { parseSince } from './since.js';

export const MAX_CHANGES_PAGE = 500;
export const DEFAULT_CHANGES_PAGE = 100;
export const UNRELEASED = 'unreleased';

const RECORD_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const FIELD = /^[a-z][a-z0-9_]*$/;

/** The largest change id (the column is a 32-bit integer on SQLite and PostgreSQL alike). */
const MAX_CHANGE_ID = 2_147_483_647;

/** GET /v1/changes: filters and cursor pagination. Unknown parameters are rejected. */
export const listChangesQuery = z
  .strictObject({
    since: z
      .string()
      .max(40, 'must be at most 40 characters')
      .transform((value, ctx) => {
        const instant = parseSince(value);
        if (instant === null) {
          ctx.issues.push({
            code: 'custom',
            input: value,
            message:
              'expected an ISO 8601 date (2026-11-28) or an instant with its time zone (2026-11-28T12:00:00Z), in years 0000–9999',
          });
          return z.NEVER;
        }
        return instant;
      })
      .optional()
      .openapi({
        description: 'Changes made at or after this date (midnight UTC) or instant',
        example: '2026-11-28T12:00:00Z',
      }),
    record_type: z
      .enum(AGGREGATE_TYPES, { error: `expected one of: ${AGGREGATE_TYPES.join(', ')}` })
      .optional(),
    record: z
      .string()
      .max(120, 'must be at most 120 characters')
      .regex(RECORD_ID, 'expected a record id such as "sac-din-2006" or "DEU"')
      .optional()
      .openapi({ description: 'Changes of the record with this id', example: 'sac-din-2006' }),
    field: z
      .string()
      .max(64, 'must be at most 64 characters')
      .regex(FIELD, 'expected a field name such as "title_en"')
      .optional()
      .openapi({ description: 'Changes of this field', example: 'title_en' }),
    release: z
      .string()
      .max(40, 'must be at most 40 characters')
      .regex(/^(?:\d+\.\d+\.\d+|unreleased)$/, 'expected a release id such as "1.0.0", or "unreleased"')
      .optional()
      .openapi({
        description:
          'Changes published in this release; "unreleased": the drafts’ changes no release holds yet (editors and admins only)',
      }),
    limit: z
      .string()
      .regex(/^\d+$/, 'expected a whole number')
      .transform(Number)
      .pipe(
        z.int().min(1, 'expected at least 1').max(MAX_CHANGES_PAGE, `expected at most ${MAX_CHANGES_PAGE}`),
      )
      .default(DEFAULT_CHANGES_PAGE),
    cursor: z
      .string()
      .regex(/^\d{1,15}$/, 'expected the `next` of the previous page')
      .transform(Number)
      // Change ids are 32-bit integers on every engine: a larger cursor names no change (and PostgreSQL
      // would refuse to compare it with one).
      .pipe(z.int().max(MAX_CHANGE_ID, 'expected the `next` of the previous page'))
      .optional()
      .openapi({ description: 'The `next` of the previous page' }),
  })
  .superRefine((query, ctx) => {
    // A field name that is malformed is reported as such, not also as unknown.
    if (query.field === undefined || !FIELD.test(query.field) || query.field.length > 64) return;
    const fields = query.record_type ? CHANGE_FIELDS[query.record_type] : ALL_CHANGE_FIELDS;
    if (!fields.includes(query.field)) {
      ctx.addIssue({
        code: 'custom',
        path: ['field'],
        message: `unknown field${query.record_type ? ` of ${query.record_type}` : ''}; expected one of: ${fields.join(', ')}`,
      });
    }
  });

export type ListChangesQuery = z.output<typeof listChangesQuery>;

const jsonValue = z.unknown().openapi({ description: 'The value as JSON (not JSON text); null when absent' });

export const changeEntrySchema = z
  .strictObject({
    id: z.int(),
    record_type: z.enum(AGGREGATE_TYPES),
    record_id: z.string(),
    kind: z.enum(['created', 'updated', 'deleted']).openapi({
      description: 'created / deleted: the whole record (field is null); updated: one field',
    }),
    field: z.string().nullable(),
    old_value: jsonValue,
    new_value: jsonValue,
    actor: z.string(),
    at: z.string().openapi({ description: 'ISO 8601 instant (UTC)' }),
    release_id: z.string().nullable().openapi({ description: 'null while no release holds the change' }),
  })
  .openapi('ChangeEntry');

export const changePageSchema = z
  .strictObject({
    release: releaseRefSchema,
    next: z.string().nullable().openapi({ description: 'Cursor of the next page; null on the last page' }),
    items: z.array(changeEntrySchema).openapi({ description: 'Oldest first' }),
  })
  .openapi('ChangePage');
