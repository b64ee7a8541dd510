import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@sco/config';
import { formatProblem, type Dataset } from '@sco/core';
import { loadDataPackage } from '@sco/datapackage';
import { importDataset } from '@sco/db';
import { openTestDb, type TestDatabase, type TestDb } from '@sco/db/testing';
import type { Express } from 'express';
import { pino } from 'pino';
import { createApp, type AppOptions } from '../app.js';
import type { AppDeps } from '../deps.js';

export const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');

let realData: Promise<Dataset> | undefined;

/** The real data/ of the project, read once per test file. */
export function loadRealData(): Promise<Dataset> {
  realData ??= loadDataPackage(path.join(rootDir, 'data')).then((result) => {
    if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
    return result.dataset;
  });
  return realData;
}

export interface TestApp {
  readonly app: Express;
  readonly db: TestDb;
  readonly dataset: Dataset;
  /** The clock of edits; tests may move it. */
  now: Date;
  dispose(): Promise<void>;
}

/** What a test may give the app of its own: brief jobs, a warmer (made over the test's database). */
type TestDeps = Pick<AppDeps, 'briefs' | 'warmer'>;

/**
 * The app over a fresh database of its own on an engine, loaded with the real data/ as its release; `deps`
 * may give it brief jobs or a warmer of the test's own (the caller closes them).
 */
export async function openTestApp(
  database: TestDatabase,
  options: AppOptions = {},
  deps: TestDeps | ((db: TestDb) => TestDeps) = {},
): Promise<TestApp> {
  const db = await openTestDb(database);
  const dataset = await loadRealData();
  const imported = await importDataset(db.db, dataset, {
    actor: 'test',
    now: new Date('2026-11-28T12:00:00Z'),
  });
  if (!imported.ok) throw new Error(imported.message);
  const config = loadConfig({}, rootDir);
  const testApp: TestApp = {
    app: undefined as unknown as Express,
    db,
    dataset,
    now: new Date('2026-11-28T13:00:00Z'),
    dispose: () => db.dispose(),
  };
  const app = createApp(
    {
      ...(typeof deps === 'function' ? deps(db) : deps),
      db,
      config,
      logger: pino({ level: 'silent' }),
      now: () => testApp.now,
    },
    options,
  );
  return Object.assign(testApp, { app });
}
