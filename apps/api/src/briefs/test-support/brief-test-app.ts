import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createApiKey } from '@sco/db';
import type { TestDatabase } from '@sco/db/testing';
import { loadConfig } from '@sco/config';
import type { Express } from 'express';
import { pino } from 'pino';
import { createApp, type AppOptions } from '../../app.js';
import { openTestApp, rootDir, type TestApp } from '../../test-support/test-app.js';
import { BriefJobs, type BriefJobsOptions } from '../brief-jobs.js';
import { testChromiumPath } from './test-chromium.js';

/**
 * The host the tests reach the API at. A brief prints its permalink on the origin it was asked for at, so
 * the same brief asked at another origin is another brief; supertest's own address changes port with each
 * request, so the tests name the host.
 */
export const BRIEF_HOST = 'observatory.example';

/** The options of the tests' brief jobs: everything but the state folder, Chromium and the logger. */
export type TestJobsOptions = Omit<BriefJobsOptions, 'stateDir' | 'chromiumPath' | 'logger'>;

/** Brief jobs on the tests' Chromium, kept in a state folder, logging nothing. */
export function testBriefJobs(stateDir: string, options: TestJobsOptions = {}): BriefJobs {
  return new BriefJobs({
    ...options,
    stateDir,
    chromiumPath: testChromiumPath,
    logger: pino({ level: 'silent' }),
  });
}

/** API keys of each role that may render briefs, and a second communications key. */
export interface BriefKeys {
  readonly communications: string;
  readonly communications2: string;
  readonly editor: string;
  readonly admin: string;
}

export interface BriefTestApp {
  readonly t: TestApp;
  readonly briefs: BriefJobs;
  /** The state folder the jobs and their PDFs are kept in (a temporary folder of the test's own). */
  readonly stateDir: string;
  readonly keys: BriefKeys;
  /** Another app over the same database with other brief jobs: another process, or this one restarted. */
  appWith(briefs: BriefJobs, options?: AppOptions): Express;
  dispose(): Promise<void>;
}

/**
 * The app over a fresh database on an engine (the real data/ as its release), with brief jobs of its own in
 * a temporary state folder, and keys to render with. `dispose` closes the renderer, the database and
 * removes the folder.
 */
export async function openBriefTestApp(
  database: TestDatabase,
  options: TestJobsOptions = {},
  appOptions: AppOptions = {},
): Promise<BriefTestApp> {
  const stateDir = await mkdtemp(path.join(os.tmpdir(), 'sco-api-briefs-'));
  const briefs = testBriefJobs(stateDir, options);
  const t = await openTestApp(database, appOptions, { briefs });
  const now = new Date('2026-11-28T12:30:00Z');
  const make = async (name: string, role: string) =>
    (await createApiKey(t.db.db, { name, role, actor: 'test', now })).token;
  const keys: BriefKeys = {
    communications: await make('Communications One', 'communications'),
    communications2: await make('Communications Two', 'communications'),
    editor: await make('Editor', 'editor'),
    admin: await make('Admin', 'admin'),
  };
  return {
    t,
    briefs,
    stateDir,
    keys,
    appWith: (other, options = {}) =>
      createApp(
        {
          db: t.db,
          config: loadConfig({}, rootDir),
          logger: pino({ level: 'silent' }),
          now: () => t.now,
          briefs: other,
        },
        options,
      ),
    dispose: async () => {
      try {
        await briefs.close();
        await t.dispose();
      } finally {
        await rm(stateDir, { recursive: true, force: true });
      }
    },
  };
}
