// A database of its own for one bench measurement: SQLite in a new folder, or a new PostgreSQL database on the
// server SCO_TEST_DATABASE_URL names (created, then dropped), migrated, with the real data (size 137) or a
// synthetic release of `size` agreements imported (in slices); removed whatever the measurement does.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createDb, importDataset, importDatasetSlices, migrateToLatest } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { generateSlices } from './generate.mjs';

/**
 * Runs `measure(db, release)` on a new database of `engine` holding `size` agreements made from the real
 * dataset `real` (its own at 137: `importDataset`); returns what it returns, or `{ missing: 'PostgreSQL' }`
 * when the engine is PostgreSQL and no server is named.
 */
export async function withBenchDatabase({ engine, size, real, seed }, measure) {
  const postgres =
    engine === 'postgres' ? (await testDatabases()).find((d) => d.dialect === 'postgres') : undefined;
  if (engine === 'postgres' && !postgres) return { missing: 'PostgreSQL' };
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'sco-bench-'));
  const instance = postgres ? await postgres.create() : null;
  const db = createDb(
    instance ? instance.config : { dialect: 'sqlite', file: path.join(stateDir, 'bench.sqlite') },
  );
  try {
    await migrateToLatest(db.db);
    console.error(`${engine} ${size}: importing (load average ${os.loadavg()[0].toFixed(1)})`);
    const options = { actor: 'bench', now: new Date() };
    const imported =
      size === 137
        ? await importDataset(db.db, real, options)
        : await importDatasetSlices(db.db, generateSlices(real, { count: size, seed }), options);
    if (!imported.ok) throw new Error(imported.message);
    return await measure(db, imported.release.id);
  } finally {
    await db.close();
    await instance?.drop();
    await rm(stateDir, { recursive: true, force: true });
  }
}
