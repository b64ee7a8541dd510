import { formatProblem } from '@sco/core';
import { DRAFT, importDataset, latestRelease, loadDataset, migrateToLatest, type Db } from '@sco/db';
import { loadDataPackage } from '@sco/datapackage';
import type { Logger } from 'pino';

export class BootstrapError extends Error {
  override readonly name = 'BootstrapError';
}

/**
 * Prepares the database for serving: migrations, then data/ loaded as its release if — and only if — the
 * database is empty. A restart never overwrites anything.
 */
export async function bootstrap(db: Db, dataDir: string, logger: Logger): Promise<void> {
  const ran = await migrateToLatest(db.db);
  if (ran.length > 0) logger.info({ migrations: ran }, 'migrated the database');
  const release = await latestRelease(db.db);
  const draft = release ? null : await loadDataset(db.db, DRAFT);
  if (release || (draft && draft.tables.agreements.length > 0)) {
    logger.info({ release: release?.id ?? null }, 'the database already holds data; left as it is');
    return;
  }
  const loaded = await loadDataPackage(dataDir);
  if (!loaded.ok) {
    throw new BootstrapError(`data/ is invalid:\n${loaded.problems.map(formatProblem).join('\n')}`);
  }
  const result = await importDataset(db.db, loaded.dataset, { actor: 'bootstrap', now: new Date() });
  if (!result.ok) throw new BootstrapError(`loading data/ was refused: ${result.message}`);
  logger.info(
    { release: result.release.id, agreements: loaded.dataset.tables.agreements.length },
    'loaded data/ into the empty database',
  );
}
