// The brief data of the benchmark: a fresh SQLite database in a state folder of its own, loaded with data/
// as `sco db import` loads it, and the latest release read back as the renderer's callers read it.
import { mkdir } from 'node:fs/promises';
import { loadConfig } from '@sco/config';
import { formatProblem } from '@sco/core';
import { loadDataPackage } from '@sco/datapackage';
import { createDb, importDataset, migrateToLatest } from '@sco/db';
import { loadBriefData } from '@sco/briefs';

/**
 * Opens a SQLite database in `stateDir`, loads `data/` of `rootDir` into it and returns the brief data of its
 * release, with the database to close.
 */
export async function openBriefData(rootDir, stateDir) {
  const config = loadConfig({ SCO_STATE_DIR: stateDir }, rootDir);
  await mkdir(config.stateDir, { recursive: true });
  const db = createDb(config.database);
  try {
    await migrateToLatest(db.db);
    const loaded = await loadDataPackage(config.dataDir);
    if (!loaded.ok) throw new Error(`data/ is invalid:\n${loaded.problems.map(formatProblem).join('\n')}`);
    const imported = await importDataset(db.db, loaded.dataset, { actor: 'bench', now: new Date() });
    if (!imported.ok) throw new Error(`loading data/ was refused: ${imported.message}`);
    return { data: await loadBriefData(db.db), close: () => db.close() };
  } catch (error) {
    await db.close();
    throw error;
  }
}
