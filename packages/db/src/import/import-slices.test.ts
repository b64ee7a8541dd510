import type { Dataset } from '@sco/core';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { writePartition } from '../dataset/write-partition.js';
import { InvalidSliceError } from '../errors/invalid-slice-error.js';
import { DRAFT } from '../partition/partition.js';
import type { DB } from '../schema/database.js';
import { databases } from '../test-support/databases.js';
import { datasetSlices } from '../test-support/dataset-slices.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { snapshot } from '../test-support/snapshot.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { importDataset } from './import-dataset.js';
import { importDatasetSlices } from './import-slices.js';

const IMPORTER = { actor: 'importer', now: new Date('2024-03-01T10:00:00.000Z') };

/** Every row of every table, the changes without their generated ids. */
async function content(db: Kysely<DB>): Promise<Record<string, string[]>> {
  const rows = await snapshot(db);
  const changes = await db.selectFrom('changes').selectAll().orderBy('id').execute();
  return { ...rows, changes: changes.map(({ id: _id, ...change }) => JSON.stringify(change)) };
}

async function* failingAfter(slices: readonly Dataset[], count: number): AsyncGenerator<Dataset> {
  for (const [index, slice] of slices.entries()) {
    // A slice that takes a moment to come, as one read from a file or a generator would.
    await new Promise((resolve) => setImmediate(resolve));
    if (index === count) throw new Error('the generator failed');
    yield slice;
  }
}

/** The three slices of the fixture (4, 4 and 3 agreements). */
function threeSlices(dataset: Dataset = FIXTURE): [Dataset, Dataset, Dataset] {
  const [first, second, third, ...rest] = datasetSlices(dataset, 4);
  if (first === undefined || second === undefined || third === undefined || rest.length > 0) {
    throw new Error('the fixture is cut in three slices of 4, 4 and 3 agreements');
  }
  return [first, second, third];
}

describe.each(databases)('importDatasetSlices on $dialect', (database) => {
  const testDb = useTestDb(database);

  it('writes what an import of the whole data package writes, changes in the same order', async () => {
    const { db } = testDb();
    const whole = await importDataset(db, FIXTURE, IMPORTER);
    expect(whole.ok).toBe(true);
    const expected = await content(db);
    await testDb().clear();
    const slices = datasetSlices(FIXTURE, 4);
    expect(slices.map((slice) => slice.tables.agreements.length)).toEqual([4, 4, 3]);
    const result = await importDatasetSlices(db, slices, IMPORTER);
    expect(result).toMatchObject({
      ok: true,
      outcome: 'created',
      release: { id: '1.0.0', published_by: 'importer' },
      // 11 agreements, 7 institutions, 2 organisations, 1 tally, the curation log, 2 hard-connectivity rows.
      changes: 24,
    });
    expect(await content(db)).toEqual(expected);
  });

  it('takes the slices from an async generator, one slice of the whole package too', async () => {
    const { db } = testDb();
    await importDataset(db, FIXTURE, IMPORTER);
    const expected = await content(db);
    await testDb().clear();
    async function* one(): AsyncGenerator<Dataset> {
      await new Promise((resolve) => setImmediate(resolve));
      yield FIXTURE;
    }
    expect((await importDatasetSlices(db, one(), IMPORTER)).ok).toBe(true);
    expect(await content(db)).toEqual(expected);
  });

  it('writes nothing when a later slice fails: one transaction for every slice', async () => {
    const { db } = testDb();
    const before = await snapshot(db);
    await expect(
      importDatasetSlices(db, failingAfter(datasetSlices(FIXTURE, 4), 2), IMPORTER),
    ).rejects.toThrow('the generator failed');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses reference records after the first slice, writing nothing', async () => {
    const { db } = testDb();
    const before = await snapshot(db);
    const [first, second, third] = threeSlices();
    const wrong = { ...second, tables: { ...second.tables, institutions: first.tables.institutions } };
    await expect(importDatasetSlices(db, [first, wrong, third], IMPORTER)).rejects.toThrow(
      new InvalidSliceError(1, 'institutions rows belong in the first slice'),
    );
    const otherVersion = { ...third, version: '2.0.0' };
    await expect(importDatasetSlices(db, [first, second, otherVersion], IMPORTER)).rejects.toThrow(
      'slice 2 of the data package: version 2.0.0, expected 1.0.0 as the first slice',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a database with a release or a draft, naming it', async () => {
    const { db } = testDb();
    await importDataset(db, FIXTURE, IMPORTER);
    const released = await snapshot(db);
    const next = threeSlices({ ...FIXTURE, version: '1.1.0' });
    const refused = await importDatasetSlices(db, next, IMPORTER);
    expect(refused).toMatchObject({ ok: false, refusal: { reason: 'not-empty', latest: '1.0.0' } });
    expect(refused.ok ? '' : refused.message).toContain('has release 1.0.0: import it whole');
    expect(await snapshot(db)).toEqual(released);

    await testDb().clear();
    await writePartition(db, DRAFT, FIXTURE);
    const draft = await snapshot(db);
    const drafted = await importDatasetSlices(db, next, IMPORTER);
    expect(drafted).toMatchObject({ ok: false, refusal: { reason: 'not-empty', latest: null } });
    expect(await snapshot(db)).toEqual(draft);
  });
});
