import {
  agreementRecordSchema,
  checkIntegrity,
  curationEntryRecordSchema,
  institutionRecordSchema,
  officialTallyRecordSchema,
  organisationRecordSchema,
  partyRecordSchema,
  provisionRecordSchema,
  relationRecordSchema,
  sourceRecordSchema,
} from '@sco/core';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from './fixture-dataset.js';

describe('the test fixture', () => {
  it('is a valid data package', () => {
    const t = FIXTURE.tables;
    const schemas = [
      [organisationRecordSchema, t.organisations],
      [institutionRecordSchema, t.institutions],
      [agreementRecordSchema, t.agreements],
      [partyRecordSchema, t.parties],
      [sourceRecordSchema, t.sources],
      [provisionRecordSchema, t.provisions],
      [relationRecordSchema, t.relations],
      [officialTallyRecordSchema, t.official_tallies],
      [curationEntryRecordSchema, t.curation_log],
    ] as const;
    for (const [schema, records] of schemas) {
      for (const record of records) expect(schema.parse(record)).toEqual(record);
    }
    expect(checkIntegrity(FIXTURE)).toEqual([]);
  });
});
