import {
  agreementRecordSchema,
  partyRecordSchema,
  provisionRecordSchema,
  relationRecordSchema,
  sourceRecordSchema,
} from '@sco/core';
import { releaseRefSchema } from '../openapi/components.js';
import { z } from '../openapi/zod.js';
import { withoutDerivedLabels } from './sources-as-read.js';

const a = agreementRecordSchema.shape;
const p = provisionRecordSchema.shape;
const r = relationRecordSchema.shape;
const s = sourceRecordSchema.shape;

/** Most children an agreement may list, far above any real agreement (and under the body size limit). */
const MAX_CHILDREN = 200;

function list<T extends z.ZodType>(item: T, what: string) {
  return z.array(item).max(MAX_CHILDREN, `must list at most ${MAX_CHILDREN} ${what}`);
}

const partyInput = z.strictObject({
  institution_id: partyRecordSchema.shape.institution_id,
  side: partyRecordSchema.shape.side,
});
const sourceShape = {
  id: s.id,
  url: s.url,
  publisher: s.publisher,
  kind: s.kind,
  accessed: s.accessed,
  quote: s.quote.default(null),
  quote_basis: s.quote_basis.default(null),
  reposts: s.reposts.default(null),
  curator_note: s.curator_note.default(null),
};
// A source read from GET carries the derived `kind_label` and `publisher_label`: accepted and dropped, so
// GET-then-PATCH works.
const sourceInput = z.preprocess(withoutDerivedLabels, z.strictObject(sourceShape));
// In a change, a missing `curator_note` stays missing, so that the stored note can be kept.
const sourceChange = z.preprocess(
  withoutDerivedLabels,
  z.strictObject({ ...sourceShape, curator_note: s.curator_note.optional() }),
);
const provisionInput = z.strictObject({
  provision: p.provision,
  status: p.status,
  evidence: p.evidence,
  source_id: p.source_id.default(null),
});
const relationInput = z.strictObject({
  relation: r.relation,
  target_id: r.target_id,
  note: r.note.default(null),
});

const parties = list(partyInput, 'parties').meta({
  description: 'Who signed: at least one Chinese institution and one partner, by institution id',
});
const SOURCES =
  'At least one; source ids are unique across the dataset. A `kind_label` or `publisher_label` (as GET returns them) is ignored.';
const sources = list(sourceInput, 'sources').meta({ description: SOURCES });
const changedSources = list(sourceChange, 'sources').meta({
  description: `${SOURCES} A source given without \`curator_note\` keeps the stored note of the same source id (null clears it).`,
});
const provisions = list(provisionInput, 'provisions').meta({
  description: 'Coded provisions; a provision not listed is "not coded"',
});
const relations = list(relationInput, 'relations').meta({ description: 'Lineage to earlier agreements' });

/**
 * An agreement with everything it owns, as POST /v1/agreements takes it and as a PATCH must leave it: the
 * record's fields (core's schema) with its parties, sources, provisions and relations. Optional fields may be
 * left out (null, or an empty list). Unknown fields are refused.
 */
export const agreementInputSchema = z
  .strictObject({
    id: a.id,
    title_en: a.title_en,
    title_original: a.title_original.default(null),
    title_original_lang: a.title_original_lang.default(null),
    type: a.type,
    scope: a.scope,
    signed_date: a.signed_date.default(null),
    signed_date_basis: a.signed_date_basis.default(null),
    signed_no_later_than: a.signed_no_later_than.default(null),
    status: a.status,
    terms: a.terms.default(null),
    sectors: a.sectors.default([]),
    tags: a.tags.default([]),
    bri_framing: a.bri_framing,
    verification: a.verification,
    notes: a.notes.default(null),
    parties,
    sources,
    provisions: provisions.default([]),
    relations: relations.default([]),
  })
  .openapi('AgreementInput');

/**
 * A JSON Merge Patch (RFC 7396) of an agreement: the fields to change; null clears an optional field; a list
 * given replaces the stored list whole. The result must be a valid agreement.
 */
export const agreementPatchSchema = z
  .strictObject({
    id: a.id.optional().meta({ description: 'May only repeat the id of the path: ids never change' }),
    title_en: a.title_en.optional(),
    title_original: a.title_original.optional(),
    title_original_lang: a.title_original_lang.optional(),
    type: a.type.optional(),
    scope: a.scope.optional(),
    signed_date: a.signed_date.optional(),
    signed_date_basis: a.signed_date_basis.optional(),
    signed_no_later_than: a.signed_no_later_than.optional(),
    status: a.status.optional(),
    terms: a.terms.optional(),
    sectors: a.sectors.nullable().optional(),
    tags: a.tags.nullable().optional(),
    bri_framing: a.bri_framing.optional(),
    verification: a.verification.optional(),
    notes: a.notes.optional(),
    parties: parties.optional(),
    sources: changedSources.optional(),
    provisions: provisions.nullable().optional(),
    relations: relations.nullable().optional(),
  })
  .openapi('AgreementPatch');

/** An agreement as stored in the draft after an edit. */
export const agreementAggregateSchema = z
  .strictObject({
    ...agreementRecordSchema.shape,
    parties: z.array(z.strictObject(partyInput.shape)),
    sources: z.array(z.strictObject({ ...sourceShape, quote: s.quote })),
    provisions: z.array(z.strictObject({ ...provisionInput.shape, source_id: p.source_id })),
    relations: z.array(z.strictObject({ ...relationInput.shape, note: r.note })),
  })
  .openapi('AgreementAggregate');

export const agreementIdPath = z.strictObject({
  id: a.id.meta({ description: 'Agreement id', example: 'sac-din-2006' }),
});

const editedShape = {
  release: releaseRefSchema,
  version: z.int().openapi({ description: 'The record version after the edit; the ETag is "v<version>"' }),
  agreement: agreementAggregateSchema,
};

export const agreementCreatedSchema = z.strictObject(editedShape).openapi('AgreementCreated');

export const agreementUpdatedSchema = z
  .strictObject({
    ...editedShape,
    changes: z
      .array(
        z.strictObject({
          field: z.string(),
          old_value: z.unknown().openapi({ description: 'The value before the edit' }),
          new_value: z.unknown().openapi({ description: 'The value after the edit' }),
        }),
      )
      .openapi({ description: 'The fields the edit changed, as recorded in the changelog; empty when none' }),
  })
  .openapi('AgreementUpdated');
