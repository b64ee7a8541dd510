import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bootstrap, createApp, createLogger } from '@sco/api';
import { loadConfig } from '@sco/config';
import { createApiKey, createDb, type ApiKeyRole } from '@sco/db';
import { listen, type RunningServer } from './listen.js';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The API, and a way to give a suite an API key of a role (as `sco keys create` does). */
export interface RunningApi extends RunningServer {
  apiKey(role: ApiKeyRole): Promise<string>;
}

/**
 * The Observatory's API as `pnpm start` runs it — SQLite in a fresh state folder with data/ loaded, every
 * route, the widgets' build and the pages — on a loopback port of its own.
 */
export async function startApi(): Promise<RunningApi> {
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'sco-e2e-api-'));
  const config = loadConfig({ SCO_STATE_DIR: stateDir }, rootDir);
  const db = createDb(config.database);
  const logger = createLogger({ level: 'silent' });
  try {
    await bootstrap(db, config.dataDir, logger);
    const server = await listen(createApp({ db, config, logger, now: () => new Date() }));
    return {
      origin: server.origin,
      apiKey: async (role) =>
        (await createApiKey(db.db, { name: `End-to-end ${role}`, role, actor: 'e2e', now: new Date() }))
          .token,
      close: async () => {
        await server.close();
        await db.close();
        await rm(stateDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await db.close();
    await rm(stateDir, { recursive: true, force: true });
    throw error;
  }
}
