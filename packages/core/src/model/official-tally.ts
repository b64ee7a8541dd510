import { z } from 'zod';
import { tallyQualifiers, tallySeries } from '../vocabulary/tally-series.js';
import { verificationLevels } from '../vocabulary/verification.js';
import { code, langTag, optionalText, slug, text } from './fields.js';
import { partialDate } from './partial-date.js';

/** A dated official claim of how many documents China has signed with how many partners. */
export const officialTallyRecordSchema = z.object({
  id: slug('Stable identifier, e.g. "tally-2023-12-cumulative"'),
  as_of: partialDate('Date the figure refers to'),
  series: code(tallySeries, 'Which series the figure belongs to'),
  documents: z.int().min(0).max(100000).nullable().meta({ description: 'Number of documents' }),
  partners: z.int().min(0).max(100000).nullable().meta({ description: 'Number of partners' }),
  qualifier: code(tallyQualifiers, '"exact", or "at_least" for claims such as "more than 40"'),
  claimant: text('Who made the claim', 200),
  claim_text: text("The claim in the source's words", 1000),
  claim_lang: langTag('BCP 47 language code of claim_text'),
  verification: code(verificationLevels, 'How well the sources establish the claim'),
  notes: optionalText('Notes'),
  partners_named: z
    .array(
      z
        .string()
        .regex(
          /^[A-Z][A-Z0-9-]{1,19}$/,
          'expected each partner as an ISO 3166-1 alpha-3 code (e.g. PAK) or an organisation code (e.g. GSO)',
        ),
    )
    .meta({
      description: 'Partners the claim names (e.g. "including Pakistan, Russia…"), by jurisdiction code',
    }),
});
export type OfficialTallyRecord = z.infer<typeof officialTallyRecordSchema>;
