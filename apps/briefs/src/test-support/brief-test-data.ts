import path from 'node:path';
import { formatProblem, type Dataset } from '@sco/core';
import { loadDataPackage } from '@sco/datapackage';
import { importDataset } from '@sco/db';
import { openTestDb, parseTestEnv, testDatabases, type TestDb } from '@sco/db/testing';
import { loadBriefData, type BriefData } from '../data/brief-data.js';
import { rootDir } from './test-env.js';

/** The real data/ of the project. */
export async function loadRealData(): Promise<Dataset> {
  const result = await loadDataPackage(path.join(rootDir, 'data'));
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.dataset;
}

export interface BriefTestData {
  readonly db: TestDb;
  readonly data: BriefData;
  dispose(): Promise<void>;
}

/**
 * A fresh SQLite database loaded with a dataset (default: the real data/) as its release, and the brief
 * data read back from it as loadBriefData reads it.
 */
export async function openBriefTestData(dataset?: Dataset): Promise<BriefTestData> {
  const [sqlite] = await testDatabases(parseTestEnv({}));
  if (!sqlite) throw new Error('no SQLite test database');
  const db = await openTestDb(sqlite);
  try {
    const imported = await importDataset(db.db, dataset ?? (await loadRealData()), {
      actor: 'test',
      now: new Date('2026-11-28T12:00:00Z'),
    });
    if (!imported.ok) throw new Error(imported.message);
    return { db, data: await loadBriefData(db.db), dispose: () => db.dispose() };
  } catch (error) {
    await db.dispose();
    throw error;
  }
}
