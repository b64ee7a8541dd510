import { describe, expect, it } from 'vitest';
import { listChanges } from '../changes/list-changes.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { writePartition } from '../dataset/write-partition.js';
import { DRAFT } from '../partition/partition.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { replaceHardConnectivity } from './replace-hard-connectivity.js';

const [deu, ken] = FIXTURE.tables.hard_connectivity;
if (!deu || !ken) throw new Error('the fixture has two hard-connectivity rows');
const stamp = { actor: 'importer', now: new Date('2026-12-05T12:00:00Z') };

describe.each(databases)('replaceHardConnectivity on $dialect', (database) => {
  const testDb = useTestDb(database);

  it('replaces the draft rows and records one change per partner-year', async () => {
    const { db } = testDb();
    await writePartition(db, DRAFT, FIXTURE);
    const bra = { ...ken, partner: 'BRA', year: 2019, bri_usd_m: null, source_url: null };
    const changes = await replaceHardConnectivity(db, [{ ...deu, deals: 3 }, bra], stamp);
    // DEU-2016 updated (deals 2 → 3), KEN-2015 deleted, BRA-2019 created
    expect(changes.map((c) => [c.record_id, c.field])).toEqual(
      expect.arrayContaining([
        ['DEU-2016', 'deals'],
        ['KEN-2015', null],
        ['BRA-2019', null],
      ]),
    );
    const loaded = await loadDataset(db, DRAFT);
    expect(loaded.tables.hard_connectivity).toStrictEqual([bra, { ...deu, deals: 3 }]);
    expect(loaded.tables.agreements).toHaveLength(FIXTURE.tables.agreements.length);
    const { changes: logged } = await listChanges(db, { limit: 10 });
    expect(logged.filter((c) => c.record_type === 'hard_connectivity')).toHaveLength(changes.length);
  });

  it('records nothing when the rows are the same', async () => {
    const { db } = testDb();
    await writePartition(db, DRAFT, FIXTURE);
    expect(await replaceHardConnectivity(db, [ken, deu], stamp)).toEqual([]);
  });
});
