import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestDatabase } from '@sco/db/testing';

export interface CliEnv {
  readonly env: Readonly<Record<string, string>>;
  readonly stateDir: string;
  dispose(): Promise<void>;
}

/**
 * The environment of a CLI run against a fresh database of its own: a SQLite file in a temporary state
 * folder, or a PostgreSQL database given through SCO_DATABASE_URL.
 */
export async function cliEnv(database: TestDatabase): Promise<CliEnv> {
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'sco-cli-'));
  const instance = await database.create();
  const env: Record<string, string> = { SCO_STATE_DIR: stateDir };
  if (instance.config.dialect === 'postgres') env['SCO_DATABASE_URL'] = instance.config.url;
  return {
    env,
    stateDir,
    dispose: async () => {
      await instance.drop();
      await rm(stateDir, { recursive: true, force: true });
    },
  };
}
