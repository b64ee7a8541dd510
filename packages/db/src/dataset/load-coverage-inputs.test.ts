import { assembleAgreements, coverageByBasis } from '@sco/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { importDataset } from '../import/import-dataset.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { loadCoverageInputs } from './load-coverage-inputs.js';

// The fixture's ten agreements of standardisation scope, by hand (see measured-from-counts.test.ts):
// verified din 2006, afnor 2015, kebs 2017, asean 2019, kebs 2020, din 2020, afnor 2021 (DEU, FRA, KEN,
// ASEAN); single-source din 2016 (DEU) and iso, undated but signed no later than 2011-07-20 (ISO);
// unverified multi 2017 (DEU, FRA, KEN). Against the tally of 2023-12 every one is surely before it.
describe.each(databases)('the coverage inputs of a release on $dialect', (database) => {
  const testDb = useTestDb(database);
  beforeEach(async () => {
    const imported = await importDataset(testDb().db, FIXTURE, { actor: 't', now: new Date() });
    expect(imported.ok).toBe(true);
  });

  it('give the coverage of a tally that the fixture gives by hand', async () => {
    const inputs = await loadCoverageInputs(testDb().db, FIXTURE.version);
    const coverage = coverageByBasis(inputs, '2023-12');
    expect(coverage.verified).toEqual({
      documents: { lower: 7, upper: 7 },
      partners: { lower: 4, upper: 4 },
      undated: 0,
    });
    expect(coverage.verified_single).toEqual({
      documents: { lower: 9, upper: 9 },
      partners: { lower: 5, upper: 5 },
      undated: 0,
    });
    expect(coverage.all.documents).toEqual({ lower: 10, upper: 10 });
    expect(coverage.all.partners).toEqual({ lower: 5, upper: 5 });
    // Before the terminus ante quem of iso, it cannot be placed: 2010 counts din 2006 alone (verified).
    expect(coverageByBasis(inputs, '2010').verified_single).toEqual({
      documents: { lower: 1, upper: 1 },
      partners: { lower: 1, upper: 1 },
      undated: 1,
    });
  });

  it('are the assembled agreements narrowed: the same fields, each partner once', async () => {
    const inputs = await loadCoverageInputs(testDb().db, FIXTURE.version);
    const narrowed = assembleAgreements(FIXTURE)
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((agreement) => ({
        scope: agreement.scope,
        verification: agreement.verification,
        signed_date: agreement.signed_date,
        signed_no_later_than: agreement.signed_no_later_than,
        partners: agreement.partners.map(({ code }) => code).sort(),
      }));
    expect(
      inputs.map((input) => ({ ...input, partners: input.partners.map(({ code }) => code).sort() })),
    ).toEqual(narrowed);
    expect(narrowed.some((agreement) => agreement.partners.length > 1)).toBe(true);
  });

  it('are empty for a release that does not exist', async () => {
    expect(await loadCoverageInputs(testDb().db, '9.9.9')).toEqual([]);
  });
});
