import { z } from 'zod';
import { quoteBases } from '../vocabulary/quote-basis.js';
import { sourceKinds } from '../vocabulary/source-kind.js';
import { code, isoDate, optionalText, slug, text } from './fields.js';

export const SUBJECT_TYPES = ['agreement', 'tally'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];

/** A public page that supports an agreement or an official tally. */
export const sourceRecordSchema = z.object({
  id: slug('Stable identifier'),
  subject_type: z
    .enum(SUBJECT_TYPES, { error: 'expected "agreement" or "tally"' })
    .meta({ description: 'What the source supports' }),
  subject_id: slug("The agreement's or official tally's id"),
  url: z
    .url({ protocol: /^https?$/, error: 'expected an http(s) URL' })
    .max(2000)
    .meta({ description: 'Address of the page' }),
  publisher: text('Who published the page', 200),
  kind: code(sourceKinds, 'Official, partner-official, media or mirror'),
  accessed: isoDate('When the source was checked (YYYY-MM-DD)'),
  quote: optionalText('Short passage that supports the record', 1000),
  quote_basis: code(
    quoteBases,
    "Whether the quote is the page's own words (verbatim) or a rendering of them (paraphrase)",
  ).nullable(),
  reposts: optionalText(
    'For a repost: what it reposts (the original publisher, and its address where known)',
    500,
  ),
  curator_note: optionalText("Curators' note on the source (never printed in outputs)", 1000),
});
export type SourceRecord = z.infer<typeof sourceRecordSchema>;
