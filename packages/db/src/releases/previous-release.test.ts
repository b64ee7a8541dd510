import { describe, expect, it } from 'vitest';
import { getAgreement } from '../agreements/get-agreement.js';
import { saveAgreement } from '../agreements/save-agreement.js';
import { importDataset } from '../import/import-dataset.js';
import { DRAFT } from '../partition/partition.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { useTestDb } from '../test-support/use-test-db.js';
import type { Executor } from '../transaction.js';
import { cutRelease } from './cut-release.js';
import { listReleases } from './list-releases.js';
import { previousRelease } from './previous-release.js';

const at = (day: string) => ({ actor: 'releaser', now: new Date(`2024-05-${day}T08:00:00.000Z`) });

async function editAndCut(db: Executor, id: string, day: string): Promise<void> {
  const current = await getAgreement(db, DRAFT, 'sac-din-2006');
  if (!current) throw new Error('no agreement sac-din-2006');
  await saveAgreement(db, { ...current.aggregate, title_en: `Title of ${id}` }, at(day));
  const cut = await cutRelease(db, { id, notes: `Release ${id}`, ...at(day) });
  if (!cut.ok) throw new Error(cut.message);
}

describe.each(databases)('previousRelease on $dialect', (database) => {
  const testDb = useTestDb(database);

  it('names the release published just before the one named', async () => {
    const { db } = testDb();
    await importDataset(db, FIXTURE, at('01'));
    const [imported] = await listReleases(db);
    if (!imported) throw new Error('the import published no release');
    await editAndCut(db, '8.1.0', '02');
    await editAndCut(db, '9.0.0', '03');

    expect((await previousRelease(db, '9.0.0'))?.id).toBe('8.1.0');
    expect((await previousRelease(db, '8.1.0'))?.id).toBe(imported.id);
    expect(await previousRelease(db, imported.id)).toBeUndefined();
    expect(await previousRelease(db, '10.0.0')).toBeUndefined();
  });
});
