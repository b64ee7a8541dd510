import type { AgreementAggregate } from '@sco/core';
import { beforeEach, describe, expect, it } from 'vitest';
import { listChanges } from '../changes/list-changes.js';
import { AgreementNotFoundError } from '../errors/agreement-not-found-error.js';
import { AgreementReferencedError } from '../errors/agreement-referenced-error.js';
import { StaleVersionError } from '../errors/stale-version-error.js';
import { importDataset } from '../import/import-dataset.js';
import { DRAFT } from '../partition/partition.js';
import { databases } from '../test-support/databases.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { snapshot } from '../test-support/snapshot.js';
import { useTestDb } from '../test-support/use-test-db.js';
import type { Executor } from '../transaction.js';
import { deleteAgreement } from './delete-agreement.js';
import { getAgreement } from './get-agreement.js';
import { listAgreements } from './list-agreements.js';
import { saveAgreement } from './save-agreement.js';

const EDIT = { actor: 'editor', now: new Date('2024-06-01T12:00:00.000Z') };

async function stored(db: Executor, id: string): Promise<{ aggregate: AgreementAggregate; version: number }> {
  const agreement = await getAgreement(db, DRAFT, id);
  if (!agreement) throw new Error(`no agreement ${id}`);
  return agreement;
}

describe.each(databases)('saveAgreement and deleteAgreement on $dialect', (database) => {
  const testDb = useTestDb(database);
  beforeEach(async () => {
    await importDataset(testDb().db, FIXTURE, {
      actor: 'importer',
      now: new Date('2024-03-01T00:00:00.000Z'),
    });
  });

  it('records one change per changed field and bumps the version', async () => {
    const { db } = testDb();
    const { aggregate, version } = await stored(db, 'sac-din-2006');
    expect(version).toBe(1);
    const result = await saveAgreement(
      db,
      {
        ...aggregate,
        notes: 'Checked',
        parties: [...aggregate.parties, { institution_id: 'afnor', side: 'partner' }],
      },
      { ...EDIT, expectedVersion: 1 },
    );
    expect(result.version).toBe(2);
    expect(result.changes.map((c) => c.field)).toEqual(['notes', 'parties']);

    const unreleased = await listChanges(db, { release_id: null, limit: 10 });
    const recorded = unreleased.changes.map(({ record_id, field, old_value, new_value, actor, at }) => ({
      record_id,
      field,
      old_value,
      new_value,
      actor,
      at,
    }));
    expect(recorded).toEqual([
      {
        record_id: 'sac-din-2006',
        field: 'notes',
        old_value: 'null',
        new_value: '"Checked"',
        actor: 'editor',
        at: '2024-06-01T12:00:00.000Z',
      },
      {
        record_id: 'sac-din-2006',
        field: 'parties',
        old_value: '[{"institution_id":"sac","side":"chinese"},{"institution_id":"din","side":"partner"}]',
        new_value:
          '[{"institution_id":"sac","side":"chinese"},{"institution_id":"afnor","side":"partner"},' +
          '{"institution_id":"din","side":"partner"}]',
        actor: 'editor',
        at: '2024-06-01T12:00:00.000Z',
      },
    ]);

    const saved = await stored(db, 'sac-din-2006');
    expect(saved.version).toBe(2);
    expect(saved.aggregate.notes).toBe('Checked');
    // The index follows: the new partner is found by its country and region.
    const page = await listAgreements(db, DRAFT, { partner: 'FRA', q: 'france', sort: 'id', limit: 10 });
    expect(page.items.map((i) => i.id)).toContain('sac-din-2006');
    expect(page.items.find((i) => i.id === 'sac-din-2006')?.partners).toEqual(['DEU', 'FRA']);
  });

  it('changes nothing when the content is the same, whatever the order of its children', async () => {
    const { db } = testDb();
    const { aggregate } = await stored(db, 'sac-din-2006');
    const before = await snapshot(db);
    const result = await saveAgreement(db, { ...aggregate, parties: [...aggregate.parties].reverse() }, EDIT);
    expect(result).toEqual({ version: 1, changes: [] });
    expect(await snapshot(db)).toEqual(before);
  });

  it('creates an agreement at version 1, recording its creation', async () => {
    const { db } = testDb();
    const { aggregate } = await stored(db, 'sac-kebs-2020');
    const created: AgreementAggregate = {
      ...aggregate,
      id: 'sac-kebs-2024',
      title_en: 'Renewed action plan',
      sources: aggregate.sources.map((source) => ({ ...source, id: 'src-sac-kebs-2024' })),
    };
    const result = await saveAgreement(db, created, { ...EDIT, expectedVersion: 0 });
    expect(result.version).toBe(1);
    expect(result.changes).toEqual([
      expect.objectContaining({
        record_type: 'agreement',
        record_id: 'sac-kebs-2024',
        field: null,
        old_value: null,
      }),
    ]);
    expect((await stored(db, 'sac-kebs-2024')).aggregate).toEqual(created);
    await expect(saveAgreement(db, created, { ...EDIT, expectedVersion: 0 })).rejects.toThrow(
      StaleVersionError,
    );
  });

  it('fails with StaleVersionError when the edit is based on an older version, writing nothing', async () => {
    const { db } = testDb();
    const { aggregate } = await stored(db, 'sac-din-2006');
    await saveAgreement(db, { ...aggregate, notes: 'First' }, { ...EDIT, expectedVersion: 1 });
    const before = await snapshot(db);
    const error: unknown = await saveAgreement(
      db,
      { ...aggregate, notes: 'Second' },
      { ...EDIT, expectedVersion: 1 },
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StaleVersionError);
    expect(error).toMatchObject({
      record_type: 'agreement',
      record_id: 'sac-din-2006',
      expected: 1,
      actual: 2,
    });
    expect(await snapshot(db)).toEqual(before);
  });

  it('lets exactly one of two concurrent edits of the same version through', async () => {
    const { db } = testDb();
    const { aggregate } = await stored(db, 'sac-din-2006');
    const results = await Promise.allSettled(
      ['One', 'Two'].map((notes) =>
        saveAgreement(db, { ...aggregate, notes }, { ...EDIT, expectedVersion: 1 }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const rejected = results.filter((r) => r.status === 'rejected');
    expect(rejected).toHaveLength(1);
    expect(rejected[0]?.reason).toBeInstanceOf(StaleVersionError);
    expect((await stored(db, 'sac-din-2006')).version).toBe(2);
    expect((await listChanges(db, { release_id: null, limit: 10 })).changes).toHaveLength(1);
  });

  it('rolls the whole edit back when a row breaks a constraint', async () => {
    const { db } = testDb();
    const { aggregate } = await stored(db, 'sac-din-2006');
    const before = await snapshot(db);
    await expect(
      saveAgreement(
        db,
        { ...aggregate, notes: 'x', parties: [{ institution_id: 'nobody', side: 'partner' }] },
        EDIT,
      ),
    ).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('deletes an agreement with the rows it owns and records the deletion', async () => {
    const { db } = testDb();
    const { aggregate } = await stored(db, 'sac-kebs-2020');
    const result = await deleteAgreement(db, 'sac-kebs-2020', { ...EDIT, expectedVersion: 1 });
    expect(result.changes).toHaveLength(1);
    expect(result.changes[0]).toMatchObject({ record_id: 'sac-kebs-2020', field: null, new_value: null });
    expect(JSON.parse(result.changes[0]?.old_value ?? 'null')).toEqual(JSON.parse(JSON.stringify(aggregate)));
    expect(await getAgreement(db, DRAFT, 'sac-kebs-2020')).toBeUndefined();
    expect(await getAgreement(db, '1.0.0', 'sac-kebs-2020')).toBeDefined();
    const sources = await db
      .selectFrom('sources')
      .select('id')
      .where('release_id', '=', DRAFT)
      .where('subject_id', '=', 'sac-kebs-2020')
      .execute();
    expect(sources).toEqual([]);
  });

  it('refuses to delete what is missing, stale or still referenced', async () => {
    const { db } = testDb();
    await expect(deleteAgreement(db, 'nothing', EDIT)).rejects.toThrow(AgreementNotFoundError);
    await expect(deleteAgreement(db, 'sac-din-2006', { ...EDIT, expectedVersion: 3 })).rejects.toThrow(
      StaleVersionError,
    );
    const error: unknown = await deleteAgreement(db, 'sac-din-2006', EDIT).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AgreementReferencedError);
    expect(error).toMatchObject({ id: 'sac-din-2006', referrers: ['sac-din-2016'] });
    expect(await getAgreement(db, DRAFT, 'sac-din-2006')).toBeDefined();
  });
});
