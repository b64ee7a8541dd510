import { loadConfig } from '@sco/config';
import { createDb, migrateToLatest } from '@sco/db';
import type { Logger } from 'pino';
import { openBriefQueue } from './brief-queue.js';
import { startBriefWorker } from './brief-worker.js';

export class WorkerConfigError extends Error {
  override readonly name = 'WorkerConfigError';
}

export interface RunWorkerOptions {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly rootDir: string;
  readonly concurrency: number;
  readonly logger: Logger;
}

/**
 * `sco worker`: a brief worker process on the PostgreSQL database of SCO_DATABASE_URL, until SIGTERM or
 * SIGINT; then it stops taking jobs, finishes those under way within SCO_SHUTDOWN_TIMEOUT_MS (what is left
 * goes back to the queue for another worker), and closes Chromium and the pool. Resolves with whether it
 * stopped cleanly.
 */
export async function runWorker(options: RunWorkerOptions): Promise<boolean> {
  const config = loadConfig(options.env, options.rootDir);
  if (config.database.dialect !== 'postgres') {
    throw new WorkerConfigError(
      'sco worker needs SCO_DATABASE_URL (PostgreSQL): with SQLite, `pnpm start` renders briefs itself',
    );
  }
  const { logger } = options;
  const db = createDb(config.database, {
    // A broken connection (the server restarted, the network was cut) is dropped by the pool; the request
    // that used it answers 503 and the next ones reconnect.
    onPoolError: (error) => {
      logger.warn({ err: error }, 'a PostgreSQL connection failed');
    },
  });
  await migrateToLatest(db.db);
  const boss = await openBriefQueue({
    url: config.database.url,
    applicationName: config.database.pool?.applicationName ?? 'sco',
    expireInSeconds: config.jobExpireSeconds,
    maintenanceIntervalSeconds: 10,
  });
  boss.on('error', (error) => {
    logger.error({ err: error }, 'the brief queue reported an error');
  });
  const worker = await startBriefWorker({
    db,
    boss,
    logger,
    chromiumPath: config.chromiumPath,
    concurrency: options.concurrency,
  });
  logger.info({ concurrency: options.concurrency }, 'worker ready');
  const signal = await new Promise<string>((resolve) => {
    process.once('SIGTERM', () => {
      resolve('SIGTERM');
    });
    process.once('SIGINT', () => {
      resolve('SIGINT');
    });
  });
  logger.info({ signal, active: worker.active }, 'stopping the worker');
  const stopped = await Promise.race([
    worker.stop().then(
      () => true,
      (error: unknown) => {
        logger.error({ err: error }, 'the worker did not stop cleanly');
        return false;
      },
    ),
    new Promise<boolean>((resolve) =>
      setTimeout(() => {
        resolve(false);
      }, config.shutdownTimeoutMs).unref(),
    ),
  ]);
  await db.close();
  logger.info({ clean: stopped }, 'worker stopped');
  return stopped;
}
