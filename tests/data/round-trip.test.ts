import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatProblem, type Dataset } from '@sco/core';
import { loadDataPackage, serializeDataset } from '@sco/datapackage';
import { importDataset, latestRelease, listChanges, loadDataset } from '@sco/db';
import { openTestDb, testDatabases, type TestDb } from '@sco/db/testing';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
let dataset: Dataset;

beforeAll(async () => {
  const result = await loadDataPackage(dataDir);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  dataset = result.dataset;
});

describe.each(await testDatabases())('data/ through the database on $dialect', (database) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await openTestDb(database);
  });
  afterAll(async () => {
    await testDb.dispose();
  });

  it('imports data/ as its release and exports it back byte for byte', async () => {
    const imported = await importDataset(testDb.db, dataset, {
      actor: 'test',
      now: new Date('2026-11-28T12:00:00Z'),
    });
    expect(imported).toMatchObject({ ok: true, outcome: 'created', release: { id: dataset.version } });

    const release = await latestRelease(testDb.db);
    expect(release?.id).toBe(dataset.version);
    const exported = serializeDataset(await loadDataset(testDb.db, dataset.version));
    expect([...exported.keys()]).toHaveLength(11);
    for (const [name, content] of exported) {
      expect(content, name).toBe(await readFile(path.join(dataDir, name), 'utf8'));
    }
  });

  it('changes nothing when the same data/ is imported again', async () => {
    const before = await listChanges(testDb.db, { limit: 10_000 });
    const again = await importDataset(testDb.db, dataset, {
      actor: 'test',
      now: new Date('2026-11-29T12:00:00Z'),
    });
    expect(again).toMatchObject({ ok: true, outcome: 'unchanged', changes: [] });
    const after = await listChanges(testDb.db, { limit: 10_000 });
    expect(after.changes).toHaveLength(before.changes.length);
  });
});
