import { describe, expect, it } from 'vitest';
import { getAgreement } from '../agreements/get-agreement.js';
import { saveAgreement } from '../agreements/save-agreement.js';
import { listChanges } from '../changes/list-changes.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { writePartition } from '../dataset/write-partition.js';
import { InvalidReleaseIdError } from '../errors/invalid-release-id-error.js';
import { importDataset } from '../import/import-dataset.js';
import { DRAFT } from '../partition/partition.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { snapshot } from '../test-support/snapshot.js';
import { useTestDb } from '../test-support/use-test-db.js';
import type { Executor } from '../transaction.js';
import { cutRelease } from './cut-release.js';
import { getRelease } from './get-release.js';
import { latestRelease } from './latest-release.js';
import { listReleases } from './list-releases.js';

const EDITOR = { actor: 'editor', now: new Date('2024-05-01T08:00:00.000Z') };
const RELEASER = { actor: 'releaser', now: new Date('2024-05-02T08:00:00.000Z') };

async function editTitle(db: Executor, id: string, title_en: string): Promise<void> {
  const current = await getAgreement(db, DRAFT, id);
  if (!current) throw new Error(`no agreement ${id}`);
  await saveAgreement(db, { ...current.aggregate, title_en }, EDITOR);
}

describe.each(databases)('cutRelease on $dialect', (database) => {
  const testDb = useTestDb(database);

  it('publishes the first release even from an empty draft', async () => {
    const { db } = testDb();
    const result = await cutRelease(db, { id: '0.1.0', notes: 'Empty', ...RELEASER });
    expect(result).toEqual({
      ok: true,
      release: {
        id: '0.1.0',
        notes: 'Empty',
        published_by: 'releaser',
        published_at: '2024-05-02T08:00:00.000Z',
      },
      changes: 0,
    });
    expect(await latestRelease(db)).toEqual(result.ok ? result.release : undefined);
  });

  it('copies the draft into an immutable release and stamps the unreleased changes', async () => {
    const { db } = testDb();
    await importDataset(db, FIXTURE, { actor: 'importer', now: new Date('2024-03-01T00:00:00.000Z') });
    await editTitle(db, 'sac-din-2006', 'First edit');
    await editTitle(db, 'sac-kebs-2017', 'Second edit');

    const result = await cutRelease(db, { id: '1.1.0', notes: 'Two titles', ...RELEASER });
    expect(result).toMatchObject({ ok: true, release: { id: '1.1.0' }, changes: 2 });
    expect(
      (await listChanges(db, { release_id: '1.1.0', limit: 10 })).changes.map((c) => c.record_id),
    ).toEqual(['sac-din-2006', 'sac-kebs-2017']);
    expect((await listChanges(db, { release_id: null, limit: 10 })).changes).toEqual([]);
    expect((await loadDataset(db, '1.1.0')).tables).toEqual((await loadDataset(db, DRAFT)).tables);

    // Later edits of the draft do not reach the release.
    await editTitle(db, 'sac-din-2006', 'Third edit');
    expect((await getAgreement(db, '1.1.0', 'sac-din-2006'))?.aggregate.title_en).toBe('First edit');
    expect((await getAgreement(db, '1.1.0', 'sac-din-2006'))?.version).toBe(2);
    expect((await listReleases(db)).map((r) => r.id)).toEqual(['1.1.0', '1.0.0']);
    expect(await getRelease(db, '1.1.0')).toMatchObject({ notes: 'Two titles', published_by: 'releaser' });
    expect(await getRelease(db, '3.0.0')).toBeUndefined();
  });

  it('refuses an id that is not later than the latest release, naming both', async () => {
    const { db } = testDb();
    await importDataset(db, FIXTURE, { actor: 'importer', now: new Date('2024-03-01T00:00:00.000Z') });
    await editTitle(db, 'sac-din-2006', 'Edited');
    const before = await snapshot(db);
    for (const id of ['1.0.0', '0.9.9']) {
      const result = await cutRelease(db, { id, notes: '', ...RELEASER });
      expect(result).toMatchObject({ ok: false, refusal: { reason: 'not-newer', id, latest: '1.0.0' } });
      expect(result.ok ? '' : result.message).toBe(
        `release ${id} must be a later version than the latest release 1.0.0`,
      );
    }
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses when the draft is identical to the latest release', async () => {
    const { db } = testDb();
    await writePartition(db, DRAFT, FIXTURE);
    await cutRelease(db, { id: '1.0.0', notes: '', ...RELEASER });
    const before = await snapshot(db);
    const result = await cutRelease(db, { id: '1.1.0', notes: '', ...RELEASER });
    expect(result).toMatchObject({ ok: false, refusal: { reason: 'nothing-to-release', latest: '1.0.0' } });
    expect(await snapshot(db)).toEqual(before);
  });

  it('orders versions numerically, not as text', async () => {
    const { db } = testDb();
    await writePartition(db, DRAFT, FIXTURE);
    await cutRelease(db, { id: '1.9.0', notes: '', ...RELEASER });
    await editTitle(db, 'sac-din-2006', 'Edited');
    expect(await cutRelease(db, { id: '1.10.0', notes: '', ...RELEASER })).toMatchObject({ ok: true });
    expect((await latestRelease(db))?.id).toBe('1.10.0');
  });

  it('rejects an id that is not a version', async () => {
    const { db } = testDb();
    await expect(cutRelease(db, { id: 'draft', notes: '', ...RELEASER })).rejects.toThrow(
      InvalidReleaseIdError,
    );
  });
});
