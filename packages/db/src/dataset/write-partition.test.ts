import { sortRecords, TABLE_NAMES, type Dataset } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { ReleaseImmutableError } from '../errors/release-immutable-error.js';
import { InvalidPartitionError } from '../errors/invalid-partition-error.js';
import { DRAFT } from '../partition/partition.js';
import { cutRelease } from '../releases/cut-release.js';
import { databases } from '../test-support/databases.js';
import { editAgreement } from '../test-support/dataset-edits.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { loadDataset, UNRELEASED_VERSION } from './load-dataset.js';
import { writePartition } from './write-partition.js';

/** The fixture with every table in canonical order, as loadDataset returns it. */
function sorted(dataset: Dataset, version: string): Dataset {
  const tables = Object.fromEntries(
    TABLE_NAMES.map((name) => [name, sortRecords(name, dataset.tables[name])]),
  );
  return { version, tables: tables as unknown as Dataset['tables'] };
}

describe.each(databases)('writePartition and loadDataset on $dialect', (database) => {
  const testDb = useTestDb(database);

  it('load what was written, record for record, in canonical order', async () => {
    const { db } = testDb();
    await writePartition(db, DRAFT, FIXTURE);
    const loaded = await loadDataset(db, DRAFT);
    expect(loaded).toEqual(sorted(FIXTURE, UNRELEASED_VERSION));
    for (const name of TABLE_NAMES)
      expect(loaded.tables[name]).toStrictEqual(sortRecords(name, FIXTURE.tables[name]));
  });

  it('keep booleans, integers, nulls and lists as they were', async () => {
    const { db } = testDb();
    await writePartition(db, DRAFT, FIXTURE);
    const { tables } = await loadDataset(db, DRAFT);
    expect(tables.organisations.map((o) => [o.code, o.international_body])).toEqual([
      ['ASEAN', false],
      ['ISO', true],
    ]);
    expect(tables.official_tallies[0]?.documents).toBe(108);
    expect(tables.curation_log.map((entry) => entry.research_row)).toEqual([null, 3, 4]);
    expect(tables.agreements.find((a) => a.id === 'sac-din-2006')?.sectors).toEqual(['01', '29']);
    expect(tables.agreements.find((a) => a.id === 'sac-din-2006')?.signed_no_later_than).toBeNull();
    expect(tables.agreements.find((a) => a.id === 'sac-iso-sales')?.signed_no_later_than).toBe('2011-07-20');
  });

  it('replace the partition and leave the others alone', async () => {
    const { db } = testDb();
    await writePartition(db, DRAFT, FIXTURE);
    await writePartition(db, '9.0.0', FIXTURE);
    const edited = editAgreement(FIXTURE, 'sac-din-2006', { title_en: 'Renamed' });
    await writePartition(db, DRAFT, edited);
    expect(await loadDataset(db, DRAFT)).toEqual(sorted(edited, UNRELEASED_VERSION));
    expect(await loadDataset(db, '9.0.0')).toEqual(sorted(FIXTURE, '9.0.0'));
  });

  it('report the latest release as the version of the draft', async () => {
    const { db } = testDb();
    await writePartition(db, DRAFT, FIXTURE);
    await cutRelease(db, { id: '1.2.0', notes: '', actor: 'test', now: new Date('2024-01-01T00:00:00Z') });
    expect((await loadDataset(db, DRAFT)).version).toBe('1.2.0');
    expect((await loadDataset(db, '1.2.0')).version).toBe('1.2.0');
  });

  it('refuse to rewrite a published release', async () => {
    const { db } = testDb();
    await writePartition(db, DRAFT, FIXTURE);
    await cutRelease(db, { id: '1.0.0', notes: '', actor: 'test', now: new Date('2024-01-01T00:00:00Z') });
    await expect(writePartition(db, '1.0.0', FIXTURE)).rejects.toThrow(ReleaseImmutableError);
    await expect(loadDataset(db, 'latest')).rejects.toThrow(InvalidPartitionError);
  });

  it('write nothing when a row breaks a constraint', async () => {
    const { db } = testDb();
    await writePartition(db, DRAFT, FIXTURE);
    const broken: Dataset = {
      ...FIXTURE,
      tables: {
        ...FIXTURE.tables,
        parties: [
          ...FIXTURE.tables.parties,
          { agreement_id: 'sac-din-2006', institution_id: 'nobody', side: 'partner' },
        ],
      },
    };
    await expect(writePartition(db, DRAFT, broken)).rejects.toThrow();
    expect(await loadDataset(db, DRAFT)).toEqual(sorted(FIXTURE, UNRELEASED_VERSION));
  });
});
