#!/usr/bin/env node
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@sco/config';
import { createDb } from '@sco/db';
import { mkdir } from 'node:fs/promises';
import { createApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { BriefJobs } from './briefs/brief-jobs.js';
import { createLogger } from './logger.js';

// apps/api/dist/main.js → the project folder three levels up.
const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const logger = createLogger();

async function main(): Promise<void> {
  const config = loadConfig(process.env, rootDir);
  if (config.database.dialect === 'sqlite') await mkdir(config.stateDir, { recursive: true });
  const db = createDb(config.database);
  await bootstrap(db, config.dataDir, logger);
  // One brief renderer for the process: Chromium starts with the first brief, and stops before the database.
  const briefs = new BriefJobs({ stateDir: config.stateDir, chromiumPath: config.chromiumPath, logger });
  const app = createApp({ db, config, logger, now: () => new Date(), briefs }, { latestReleaseTtlMs: 1000 });
  const server = app.listen(config.port, () => {
    logger.info({ port: config.port, database: db.dialect }, `listening on http://localhost:${config.port}`);
  });
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'the server cannot listen');
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    server.close(() => {
      void briefs
        .close()
        .catch((error: unknown) => {
          logger.error({ err: error }, 'the brief renderer did not close cleanly');
        })
        .then(() => db.close())
        .then(() => {
          logger.info('stopped');
          process.exit(0);
        });
    });
    server.closeIdleConnections();
    setTimeout(() => {
      logger.warn('requests still running after 10 s; stopping anyway');
      process.exit(1);
    }, 10_000).unref();
  };
  process.on('SIGTERM', () => {
    stop('SIGTERM');
  });
  process.on('SIGINT', () => {
    stop('SIGINT');
  });
}

main().catch((error: unknown) => {
  logger.fatal({ err: error }, error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
});
