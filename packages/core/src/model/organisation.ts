import { z } from 'zod';
import { REGION_CODES } from '../geo/regions.js';
import { organisationKinds } from '../vocabulary/organisation-kind.js';
import { code, text } from './fields.js';
import { JURISDICTION_PATTERN } from './institution.js';

/** A jurisdiction that is not a country: a regional or international organisation. */
export const organisationRecordSchema = z.object({
  code: z
    .string()
    .regex(JURISDICTION_PATTERN, 'expected an upper-case code such as "ASEAN" or "CEN-CENELEC"')
    .meta({ description: 'Organisation code, e.g. "ASEAN"' }),
  name_en: text('English name', 300),
  name_fr: text('French name', 300),
  name_zh: text('Chinese name', 300),
  kind: code(organisationKinds, 'Kind of organisation'),
  region: z
    .enum(REGION_CODES, { error: `expected one of: ${REGION_CODES.join(', ')}` })
    .meta({ description: 'UN M49 region code (002, 019, 142, 150, 009) or "global"' }),
  international_body: z
    .boolean({ error: 'expected true or false' })
    .meta({ description: 'Whether its work counts as an international or regional standards anchor' }),
});
export type OrganisationRecord = z.infer<typeof organisationRecordSchema>;
