#!/usr/bin/env node
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '@sco/config';
import { createDb } from '@sco/db';
import { mkdir } from 'node:fs/promises';
import { createApp } from './app.js';
import { bootstrap } from './bootstrap.js';
import { BriefJobs } from './briefs/brief-jobs.js';
import type { BriefService } from './briefs/brief-service.js';
import { openBriefQueue } from './briefs/shared/brief-queue.js';
import { SharedBriefJobs } from './briefs/shared/shared-brief-jobs.js';
import { gracefulShutdown } from './graceful-shutdown.js';
import { buildId } from './http/build-id.js';
import { createHttpServer } from './http/client-errors.js';
import { CountWarmer } from './indicators/count-warmer.js';
import { ServerLifecycle } from './http/server-lifecycle.js';
import { createLogger } from './logger.js';

// apps/api/dist/main.js → the project folder three levels up.
const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
// The request log writes a line per request: through a buffer, written out on exit (see createLogger).
const logger = createLogger({ buffered: true });

/** How an address is written in a URL: IPv6 in brackets. */
function urlOf(address: AddressInfo): string {
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

async function main(): Promise<void> {
  const config = loadConfig(process.env, rootDir);
  if (config.database.dialect === 'sqlite') await mkdir(config.stateDir, { recursive: true });
  const db = createDb(config.database, {
    // A broken connection (the server restarted, the network was cut) is dropped by the pool; the request
    // that used it answers 503 and the next ones reconnect.
    onPoolError: (error) => {
      logger.warn({ err: error }, 'a PostgreSQL connection failed');
    },
  });
  await bootstrap(db, config.dataDir, logger);
  // SQLite: one brief renderer in the process (Chromium starts with the first brief, stops before the
  // database). PostgreSQL: briefs go through the shared queue to `sco worker` processes.
  let briefs: BriefService;
  if (config.database.dialect === 'postgres') {
    const boss = await openBriefQueue({
      url: config.database.url,
      applicationName: config.database.pool?.applicationName ?? 'sco',
      expireInSeconds: config.jobExpireSeconds,
    });
    boss.on('error', (error) => {
      logger.error({ err: error }, 'the brief queue reported an error');
    });
    briefs = new SharedBriefJobs({ db, boss, logger, chromiumPath: config.chromiumPath });
  } else {
    briefs = new BriefJobs({ stateDir: config.stateDir, chromiumPath: config.chromiumPath, logger });
  }
  // The indicators of the latest release are counted once per build, in the background, and kept in the
  // database for every process (see CountWarmer).
  const warmer = new CountWarmer({ db, logger, generation: buildId() });
  warmer.warmLatest(new Date());
  const lifecycle = new ServerLifecycle();
  const app = createApp(
    { db, config, logger, now: () => new Date(), briefs, warmer },
    {
      // On PostgreSQL several processes serve one database: every read checks the latest release (one
      // indexed lookup begun after the read arrived, shared by the reads that arrive while one is under way),
      // so a release cut through any of them is served by all at once. One process on
      // SQLite trusts it for a second (`sco db import` shows within that second).
      latestReleaseTtlMs: config.database.dialect === 'postgres' ? 0 : 1000,
      lifecycle,
    },
  );
  const server = createHttpServer(app, config);
  server.listen({ port: config.port, host: config.host }, () => {
    const address = server.address() as AddressInfo;
    logger.info(
      { host: address.address, port: address.port, database: db.dialect },
      `listening on ${urlOf(address)}`,
    );
  });
  server.on('error', (error) => {
    logger.fatal({ err: error }, 'the server cannot listen');
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    void gracefulShutdown({
      server,
      lifecycle,
      logger,
      timeoutMs: config.shutdownTimeoutMs,
      closeResources: async () => {
        await warmer.close().catch((error: unknown) => {
          logger.error({ err: error }, 'counting the indicators ahead did not stop cleanly');
        });
        await briefs.close().catch((error: unknown) => {
          logger.error({ err: error }, 'the brief renderer did not close cleanly');
        });
        await db.close();
      },
    }).then((clean) => {
      process.exit(clean ? 0 : 1);
    });
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
