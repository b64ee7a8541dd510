import {
  agreementRecordSchema,
  DATE_BASES,
  DATE_PRECISIONS,
  institutionRecordSchema,
  provisions,
  provisionStatuses,
  REGION_CODES,
  relationTypes,
  sides,
  sourceRecordSchema,
  TITLE_BASES,
} from '@sco/core';
import { langSchema } from '../indicators/indicator-value.schemas.js';
import { langQuery } from '../indicators/lang-query.js';
import { releaseRefSchema } from '../openapi/components.js';
import { z } from '../openapi/zod.js';
import { readQueryShape } from '../reading/read-query.js';

/** GET /v1/agreements/{id}: the id must be a slug, so that a typo is a 400 and not a 404. */
export const agreementIdParams = z.strictObject({
  id: agreementRecordSchema.shape.id.meta({ description: 'Agreement id', example: 'sac-singapore-2014' }),
});

/** GET /v1/agreements/{id}: the release (or draft) read, and the language of the labels. */
export const getAgreementQuery = z.strictObject({ lang: langQuery, ...readQueryShape });

export const signedDateSchema = z
  .strictObject({
    date: z.string().nullable().openapi({
      description: 'At the precision the source gives: "2017", "2017-05" or "2017-05-14"; null when undated',
      example: '2017-05',
    }),
    precision: z.enum(DATE_PRECISIONS),
    basis: z.enum(DATE_BASES).nullable().openapi({ description: 'Stated by a source, or inferred' }),
    year: z.int().nullable(),
  })
  .openapi('SignedDate', { description: 'A partial date: a year is never turned into 1 January' });

export const jurisdictionSchema = z
  .strictObject({
    code: z.string().openapi({ description: 'ISO 3166-1 alpha-3 or organisation code', example: 'SGP' }),
    kind: z.enum(['country', 'organisation']),
    names: z.strictObject({ en: z.string(), fr: z.string(), zh: z.string() }),
    region: z.enum(REGION_CODES).nullable().openapi({ description: 'UN M49 region, or "global"' }),
    subregion: z.string().nullable().openapi({ description: 'UN M49 sub-region (countries only)' }),
  })
  .openapi('Jurisdiction');

const institution = institutionRecordSchema.shape;

export const partySchema = z
  .strictObject({
    side: z.enum(sides.codes),
    institution: z.strictObject({
      id: institution.id,
      name_en: institution.name_en,
      name_label: z.string().openapi({
        description:
          'The name in `lang`: the name in established use in that language, or its own name where that is in the language, or the Observatory’s translation (data/README.md); an institution the source does not name is described in that language; `name_en` keeps the recorded text',
        example: 'Administration de normalisation de la République populaire de Chine',
      }),
      name_original: institution.name_original,
      acronym: institution.acronym,
      kind: institution.kind,
    }),
    jurisdiction: jurisdictionSchema,
  })
  .openapi('Party');

const source = sourceRecordSchema.shape;

export const sourceSchema = z
  .strictObject({
    id: source.id,
    url: z.string().openapi({ description: 'Address of the page' }),
    publisher: source.publisher,
    kind: source.kind,
    accessed: z.string().openapi({ description: 'When the source was checked (YYYY-MM-DD)' }),
    quote: source.quote,
    quote_basis: source.quote_basis,
    reposts: source.reposts,
    kind_label: z.string().openapi({
      description:
        'The public label of `kind` in `lang`, as outputs print it next to the publisher (a mirror is a "repost"); derived, ignored when sent back in an edit',
      example: 'repost',
    }),
    publisher_label: z.string().openapi({
      description:
        'The publisher as outputs print it, in `lang` (labelled where the data describes it in English; `publisher` keeps the recorded text): without a bare IP address ("Unidentified website") and with a host in its own letters ("徐小明.com", where `publisher` has "xn--yet74fr8g.com"); derived, ignored when sent back in an edit',
      example: 'Unidentified website',
    }),
  })
  .openapi('Source', {
    description:
      "A source as the public reads it. The curators' note on the page (`curator_note`) is not published; an edit that sends a source back without it keeps the stored note",
  });

export const provisionCodingSchema = z
  .strictObject({
    provision: z.enum(provisions.codes),
    status: z.enum([...provisionStatuses.codes, 'not_coded']).openapi({
      description: 'present or absent as coded from a source, or not_coded',
    }),
    evidence: z.string().nullable().openapi({
      description: 'The passage that shows it, or why it is coded absent; null when not coded',
    }),
    source_id: z.string().nullable().openapi({ description: 'The source of the passage' }),
  })
  .openapi('ProvisionCoding');

/** An agreement's title in `lang` beside the recorded ones (`title_en`, `title_original`). */
export const titleLabelShape = {
  title_label: z.string().openapi({
    description:
      "The title in `lang`: in French or Chinese, the title a source gives in that language (`title_original`) where there is one, else the Observatory's translation of `title_en`; `title_en` in English",
    example: 'Accord de coopération en normalisation SAC-Singapour (2014)',
  }),
  title_label_lang: z.string().openapi({
    description: 'BCP 47 language code of `title_label` (`en` where no translation is recorded)',
    example: 'fr',
  }),
  title_label_basis: z.enum(TITLE_BASES).openapi({
    description:
      "Where `title_label` comes from: `recorded` (the data's English title), `original` (the source's own title in `lang`), `translation` (the Observatory's translation, not an official title)",
    example: 'translation',
  }),
};

export const agreementRefSchema = z
  .strictObject({
    id: z.string(),
    title_en: z.string(),
    ...titleLabelShape,
    signed: signedDateSchema,
  })
  .openapi('AgreementRef');

export const lineageLinkSchema = z
  .strictObject({
    relation: z.enum(relationTypes.codes),
    agreement: agreementRefSchema,
    note: z.string().nullable().openapi({ description: 'The note the data records on the relation' }),
    note_label: z.string().nullable().openapi({
      description:
        "The note in `lang` (a source's name and the words quoted from it stay as written); null when there is no note",
    }),
  })
  .openapi('LineageLink');

export const historyEntrySchema = z
  .strictObject({
    id: z.int().openapi({ description: 'Change id (the changelog is ordered by it)' }),
    action: z.enum(['created', 'updated', 'deleted']),
    field: z.string().nullable().openapi({ description: 'The field changed; null when created or deleted' }),
    old_value: z.unknown().openapi({ description: 'The value before (JSON); null when created' }),
    new_value: z.unknown().openapi({ description: 'The value after (JSON); null when deleted' }),
    actor: z.string(),
    at: z.string().openapi({ description: 'ISO 8601 instant (UTC)' }),
    release_id: z
      .string()
      .nullable()
      .openapi({ description: 'The release it went out in; null if unreleased' }),
  })
  .openapi('HistoryEntry');

export const agreementDetailSchema = z
  .strictObject({
    ...agreementRecordSchema.shape,
    ...titleLabelShape,
    version: z.int().openapi({ description: 'Edit counter of the record; its ETag is "v<version>"' }),
    signed: signedDateSchema,
    parties: z.array(partySchema),
    partners: z.array(jurisdictionSchema).openapi({ description: 'Distinct partner jurisdictions' }),
    sources: z.array(sourceSchema),
    provisions: z
      .array(provisionCodingSchema)
      .openapi({ description: 'Every provision of the codebook, in its order' }),
    lineage: z.strictObject({
      outgoing: z
        .array(lineageLinkSchema)
        .openapi({ description: 'This agreement <relation> the agreement named (e.g. renews it)' }),
      incoming: z
        .array(lineageLinkSchema)
        .openapi({ description: 'The agreement named <relation> this one (e.g. renews it)' }),
    }),
    history: z.array(historyEntrySchema).openapi({
      description:
        'Changes of the record, oldest first: for a release, those released in it or earlier; for the draft, all',
    }),
  })
  .openapi('AgreementDetail');

export const agreementResponseSchema = z
  .strictObject({ release: releaseRefSchema, lang: langSchema, agreement: agreementDetailSchema })
  .openapi('AgreementResponse');

export type AgreementDetail = z.output<typeof agreementDetailSchema>;
export type HistoryEntry = z.output<typeof historyEntrySchema>;
export type AgreementRef = z.output<typeof agreementRefSchema>;
export type LineageLink = z.output<typeof lineageLinkSchema>;
