import { z } from 'zod';
import { agreementStatuses } from '../vocabulary/agreement-status.js';
import { agreementTypes } from '../vocabulary/agreement-type.js';
import { briFramings } from '../vocabulary/bri-framing.js';
import { icsFields } from '../vocabulary/ics-field.js';
import { scopes } from '../vocabulary/scope.js';
import { verificationLevels } from '../vocabulary/verification.js';
import { code, codeList, isoDate, langTag, optionalText, slug, text } from './fields.js';
import { partialDate } from './partial-date.js';

export const DATE_BASES = ['stated', 'inferred'] as const;
export type DateBasis = (typeof DATE_BASES)[number];

export const TAG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** One agreement as stored: a row of agreements.csv. */
export const agreementRecordSchema = z.object({
  id: slug('Stable identifier, e.g. "sac-din-2006"'),
  title_en: text('English title (descriptive when the document has no official English title)', 500),
  title_original: optionalText('Title in the original language, where a source gives it', 500),
  title_original_lang: langTag('BCP 47 language code of title_original'),
  type: code(agreementTypes, 'Type of document'),
  scope: code(scopes, 'Standardisation, or an adjacent field (excluded from headline figures by default)'),
  signed_date: partialDate('Signature date at the precision the source gives (YYYY, YYYY-MM or YYYY-MM-DD)')
    .nullable()
    .meta({ description: 'Signature date at the precision the source gives; empty when undated' }),
  signed_date_basis: z
    .enum(DATE_BASES, { error: 'expected "stated" or "inferred"' })
    .nullable()
    .meta({ description: 'Whether a source states the date or it is inferred; empty when undated' }),
  signed_no_later_than: isoDate('Terminus ante quem (YYYY-MM-DD)')
    .nullable()
    .meta({
      description:
        'Signed on or before this day (YYYY-MM-DD): usually the publication date of the earliest source ' +
        'reporting the document as already signed; empty when no source bounds it',
    }),
  status: code(
    agreementStatuses,
    'Whether the agreement has effect on the release date, as its sources show; superseded: renewed or replaced by another agreement',
  ),
  terms: optionalText('Expiry and renewal terms as the source gives them', 500),
  sectors: codeList(icsFields, 'ICS top-level fields (two-digit codes)'),
  tags: z
    .array(
      z.string().regex(TAG_PATTERN, 'expected each tag in lower-case kebab form, e.g. "electric-vehicles"'),
    )
    .meta({ description: 'Free tags' }),
  bri_framing: code(briFramings, 'Belt and Road framing'),
  verification: code(verificationLevels, 'How well the sources establish the agreement'),
  notes: optionalText("Curators' notes"),
});
export type AgreementRecord = z.infer<typeof agreementRecordSchema>;
