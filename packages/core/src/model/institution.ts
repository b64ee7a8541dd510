import { z } from 'zod';
import { institutionKinds } from '../vocabulary/institution-kind.js';
import { code, optionalText, slug, text } from './fields.js';

export const JURISDICTION_PATTERN = /^[A-Z][A-Z0-9-]{1,19}$/;

/** A party that signs agreements, tied to a country or an organisation. */
export const institutionRecordSchema = z.object({
  id: slug('Stable identifier, e.g. "sac"'),
  name_en: text('English name', 300),
  name_original: optionalText('Name in its own language, where known', 300),
  acronym: optionalText('Acronym, e.g. "SAC"', 40),
  kind: code(institutionKinds, 'Kind of institution'),
  jurisdiction: z
    .string()
    .regex(JURISDICTION_PATTERN, 'expected an ISO 3166-1 alpha-3 code or an organisation code in upper case')
    .meta({ description: 'ISO 3166-1 alpha-3 country code, or an organisation code from organisations.csv' }),
  notes: optionalText('Notes, e.g. predecessor or successor names'),
});
export type InstitutionRecord = z.infer<typeof institutionRecordSchema>;
