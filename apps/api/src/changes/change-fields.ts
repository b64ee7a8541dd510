import {
  agreementRecordSchema,
  hardConnectivityRecordSchema,
  institutionRecordSchema,
  officialTallyRecordSchema,
  organisationRecordSchema,
  type AggregateType,
} from '@sco/core';

/**
 * The fields a change entry can name, by record type: the record's own fields, plus the children an
 * aggregate owns (an agreement's parties, sources, provisions and relations; a tally's sources); the
 * curation log changes as one list of rows.
 */
export const CHANGE_FIELDS: Readonly<Record<AggregateType, readonly string[]>> = {
  agreement: [
    ...Object.keys(agreementRecordSchema.shape),
    'parties',
    'sources',
    'provisions',
    'relations',
  ].sort(),
  institution: Object.keys(institutionRecordSchema.shape).sort(),
  organisation: Object.keys(organisationRecordSchema.shape).sort(),
  tally: [...Object.keys(officialTallyRecordSchema.shape), 'sources'].sort(),
  curation_log: ['rows'],
  hard_connectivity: Object.keys(hardConnectivityRecordSchema.shape).sort(),
};

/** Every field name a change entry of any type can name. */
export const ALL_CHANGE_FIELDS: readonly string[] = [...new Set(Object.values(CHANGE_FIELDS).flat())].sort();
