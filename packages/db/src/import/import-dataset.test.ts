import type { Dataset } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { getAgreement } from '../agreements/get-agreement.js';
import { saveAgreement } from '../agreements/save-agreement.js';
import { listChanges } from '../changes/list-changes.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { InvalidReleaseIdError } from '../errors/invalid-release-id-error.js';
import { DRAFT } from '../partition/partition.js';
import { listReleases } from '../releases/list-releases.js';
import { databases } from '../test-support/databases.js';
import { editAgreement, withVersion } from '../test-support/dataset-edits.js';
import { FIXTURE } from '../test-support/fixture-dataset.js';
import { snapshot } from '../test-support/snapshot.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { importDataset } from './import-dataset.js';

const IMPORTER = { actor: 'importer', now: new Date('2024-03-01T10:00:00.000Z') };
const LATER = { actor: 'importer', now: new Date('2024-04-01T10:00:00.000Z') };

function brokenParty(dataset: Dataset): Dataset {
  return {
    ...dataset,
    tables: {
      ...dataset.tables,
      parties: [
        ...dataset.tables.parties,
        { agreement_id: 'sac-din-2006', institution_id: 'nobody', side: 'partner' },
      ],
    },
  };
}

describe.each(databases)('importDataset on $dialect', (database) => {
  const testDb = useTestDb(database);

  it('loads a data package into an empty database as its first release, every record created', async () => {
    const { db } = testDb();
    const result = await importDataset(db, FIXTURE, IMPORTER);
    expect(result).toMatchObject({
      ok: true,
      outcome: 'created',
      release: { id: '1.0.0', published_by: 'importer' },
    });

    const { changes } = await listChanges(db, { limit: 100 });
    // 11 agreements, 7 institutions, 2 organisations, 1 tally, the curation log and 2 hard-connectivity rows.
    expect(changes).toHaveLength(24);
    expect(
      changes.every(
        (c) => c.release_id === '1.0.0' && c.actor === 'importer' && c.at === '2024-03-01T10:00:00.000Z',
      ),
    ).toBe(true);
    expect(
      changes
        .filter((c) => c.record_type === 'agreement')
        .every((c) => c.field === null && c.old_value === null),
    ).toBe(true);
    expect(changes.find((c) => c.record_type === 'curation_log')).toMatchObject({
      record_id: 'curation-log',
      field: 'rows',
    });

    const released = await loadDataset(db, '1.0.0');
    expect((await loadDataset(db, DRAFT)).tables).toEqual(released.tables);
    expect(released.tables.agreements).toHaveLength(11);
  });

  it('is idempotent: importing the same package again changes nothing', async () => {
    const { db } = testDb();
    await importDataset(db, FIXTURE, IMPORTER);
    const before = await snapshot(db);
    const again = await importDataset(db, FIXTURE, LATER);
    expect(again).toMatchObject({ ok: true, outcome: 'unchanged', release: { id: '1.0.0' }, changes: [] });
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a released version with different content, naming the differences', async () => {
    const { db } = testDb();
    await importDataset(db, FIXTURE, IMPORTER);
    const before = await snapshot(db);
    const result = await importDataset(db, editAgreement(FIXTURE, 'sac-din-2006', { notes: 'new' }), LATER);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal.reason).toBe('released-with-different-content');
    expect(result.message).toContain(
      'data/ version 1.0.0 was already released with different content; give the data package a new version',
    );
    expect(result.message).toContain('agreement sac-din-2006: notes');
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an older version, naming both versions', async () => {
    const { db } = testDb();
    await importDataset(db, withVersion(FIXTURE, '1.1.0'), IMPORTER);
    const before = await snapshot(db);
    const result = await importDataset(db, FIXTURE, LATER);
    expect(result).toMatchObject({
      ok: false,
      refusal: { reason: 'older-than-latest', version: '1.0.0', latest: '1.1.0' },
    });
    expect(result.ok ? '' : result.message).toMatch(/1\.0\.0.*older than the latest release 1\.1\.0/);
    expect(await snapshot(db)).toEqual(before);
  });

  it('applies a newer version: records each changed field and cuts its release', async () => {
    const { db } = testDb();
    await importDataset(db, FIXTURE, IMPORTER);
    const next = withVersion(
      editAgreement(FIXTURE, 'sac-din-2006', {
        title_en: 'Standardization MoU between SAC and DIN',
        tags: [],
        signed_no_later_than: '2006-05-25',
      }),
      '1.1.0',
    );
    const result = await importDataset(db, next, LATER);
    expect(result).toMatchObject({ ok: true, outcome: 'updated', release: { id: '1.1.0' } });

    const { changes } = await listChanges(db, { release_id: '1.1.0', limit: 10 });
    expect(
      changes.map(({ record_type, record_id, field, old_value, new_value, actor, at }) => ({
        record_type,
        record_id,
        field,
        old_value,
        new_value,
        actor,
        at,
      })),
    ).toEqual([
      {
        record_type: 'agreement',
        record_id: 'sac-din-2006',
        field: 'signed_no_later_than',
        old_value: 'null',
        new_value: '"2006-05-25"',
        actor: 'importer',
        at: '2024-04-01T10:00:00.000Z',
      },
      {
        record_type: 'agreement',
        record_id: 'sac-din-2006',
        field: 'tags',
        old_value: '["electric-vehicles"]',
        new_value: '[]',
        actor: 'importer',
        at: '2024-04-01T10:00:00.000Z',
      },
      {
        record_type: 'agreement',
        record_id: 'sac-din-2006',
        field: 'title_en',
        old_value: '"Memorandum of Understanding on Standardization Cooperation between SAC and DIN"',
        new_value: '"Standardization MoU between SAC and DIN"',
        actor: 'importer',
        at: '2024-04-01T10:00:00.000Z',
      },
    ]);
    expect((await getAgreement(db, DRAFT, 'sac-din-2006'))?.version).toBe(2);
    expect((await getAgreement(db, DRAFT, 'sac-din-2016'))?.version).toBe(1);
    expect((await getAgreement(db, '1.1.0', 'sac-din-2006'))?.aggregate.title_en).toBe(
      'Standardization MoU between SAC and DIN',
    );
    expect((await getAgreement(db, '1.0.0', 'sac-din-2006'))?.aggregate.title_en).toBe(
      'Memorandum of Understanding on Standardization Cooperation between SAC and DIN',
    );
    expect((await listReleases(db)).map((r) => r.id)).toEqual(['1.1.0', '1.0.0']);
  });

  it('cuts a release for a newer version even when no table changed', async () => {
    const { db } = testDb();
    await importDataset(db, FIXTURE, IMPORTER);
    const result = await importDataset(db, withVersion(FIXTURE, '1.0.1'), LATER);
    expect(result).toMatchObject({ ok: true, outcome: 'updated', release: { id: '1.0.1' }, changes: [] });
  });

  it('refuses a newer version while the database holds unreleased edits, naming each record and field', async () => {
    const { db } = testDb();
    await importDataset(db, FIXTURE, IMPORTER);
    const current = await getAgreement(db, DRAFT, 'sac-din-2006');
    if (!current) throw new Error('fixture agreement missing');
    await saveAgreement(
      db,
      { ...current.aggregate, title_en: 'Edited in the database', notes: 'checked' },
      LATER,
    );
    const before = await snapshot(db);

    const result = await importDataset(db, withVersion(FIXTURE, '1.1.0'), LATER);
    expect(result).toMatchObject({
      ok: false,
      refusal: { reason: 'unreleased-edits', version: '1.1.0', latest: '1.0.0' },
    });
    expect(result.ok ? '' : result.message).toContain('agreement sac-din-2006: notes, title_en');
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves the database exactly as it was when the import fails part-way', async () => {
    const { db } = testDb();
    await importDataset(db, FIXTURE, IMPORTER);
    const before = await snapshot(db);
    const next = withVersion(brokenParty(editAgreement(FIXTURE, 'sac-din-2006', { notes: 'x' })), '1.1.0');
    await expect(importDataset(db, next, LATER)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
  });

  it('leaves an empty database empty when the first import fails part-way', async () => {
    const { db } = testDb();
    const before = await snapshot(db);
    await expect(importDataset(db, brokenParty(FIXTURE), IMPORTER)).rejects.toThrow();
    expect(await snapshot(db)).toEqual(before);
    expect(await listReleases(db)).toEqual([]);
  });

  it('rejects a data package version that is not a release id', async () => {
    const { db } = testDb();
    await expect(importDataset(db, withVersion(FIXTURE, 'v1'), IMPORTER)).rejects.toThrow(
      InvalidReleaseIdError,
    );
  });
});
