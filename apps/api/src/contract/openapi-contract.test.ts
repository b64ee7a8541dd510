import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '@sco/config';
import { openTestDb, testDatabases, type TestDb } from '@sco/db/testing';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type AppOptions } from '../app.js';
import { createTestKeys } from '../auth/test-support/test-keys.js';
import type { BriefJobs } from '../briefs/brief-jobs.js';
import { testBriefJobs } from '../briefs/test-support/brief-test-app.js';
import { openTestApp, rootDir, type TestApp } from '../test-support/test-app.js';
import { briefProbes } from './test-support/brief-probes.js';
import { ContractSession } from './test-support/contract-session.js';
import { everyOperation } from './test-support/every-operation-probes.js';
import { hardProbes } from './test-support/hard-probes.js';
import { noReleaseYet, tooManyRequests } from './test-support/limit-probes.js';
import type { Operation } from './test-support/openapi-document.js';
import type { ContractState, ProbeContext } from './test-support/probe.js';
import { readProbes } from './test-support/read-probes.js';
import { ResponseValidator } from './test-support/response-validator.js';
import { studioProbes } from './test-support/studio-probes.js';
import { writeProbes } from './test-support/write-probes.js';

const PROBLEM = 'application/problem+json';
const groups = [...readProbes, ...writeProbes, ...briefProbes, ...studioProbes, ...hardProbes];

/**
 * Walks the OpenAPI document the app serves: every operation is called for real over the real data (reads
 * with the ids its lists give, edits with valid and invalid bodies, errors of every kind), and every response
 * must have a status, a media type and a body the document declares for it.
 */
describe.each(await testDatabases())('the OpenAPI contract on $dialect', (database) => {
  let t: TestApp;
  let empty: TestDb;
  let emptyOpen = true;
  let operations: Operation[];
  let session: ContractSession;
  let context: ProbeContext;
  let limited: Express;
  let emptyApp: Express;
  let stateDir: string;
  let briefs: BriefJobs;

  const appOver = (db: TestDb, options: AppOptions) =>
    createApp(
      { db, config: loadConfig({}, rootDir), logger: pino({ level: 'silent' }), now: () => t.now, briefs },
      options,
    );

  beforeAll(async () => {
    // Briefs are rendered for real, kept in a state folder of the test's own.
    stateDir = await mkdtemp(path.join(os.tmpdir(), 'sco-api-contract-'));
    briefs = testBriefJobs(stateDir);
    // Enough expensive reads for every indicator and breakdown; the limits are probed on an app of their own.
    t = await openTestApp(database, { rateLimits: { expensiveReads: 10_000 } }, { briefs });
    const keys = await createTestKeys(t.db);
    const validator = new ResponseValidator((await request(t.app).get('/openapi.json').expect(200)).body);
    operations = [...validator.operations.values()];
    session = new ContractSession(validator);
    const state: ContractState = {
      agreementIds: [],
      partnerCodes: [],
      releaseIds: [],
      created: null,
      briefJob: null,
      studioCookie: null,
    };
    context = { app: t.app, keys, session, state };
    limited = appOver(t.db, { rateLimits: { writes: 1, expensiveReads: 1 } });
    empty = await openTestDb(database);
    emptyApp = appOver(empty, {});
  });
  afterAll(async () => {
    await briefs.close();
    if (emptyOpen) await empty.dispose();
    await t.dispose();
    await rm(stateDir, { recursive: true, force: true });
  });

  /** Runs some probes and expects them to have found nothing. */
  const expectConforming = async (probe: () => Promise<void>) => {
    const before = session.problems.length;
    await probe();
    expect(session.problems.slice(before)).toEqual([]);
  };

  it.each(groups)('$operationId answers as the document declares', async (group) => {
    await expectConforming(() => group.run(context));
  });

  it('answers 429, as declared, once a limit is reached', async () => {
    await expectConforming(() => tooManyRequests(context, limited));
  });

  it('answers 503, as declared, before the first release and when the database is gone', async () => {
    await expectConforming(async () => {
      await noReleaseYet(session, emptyApp);
      await empty.dispose();
      emptyOpen = false;
      await session.send('ready', request(emptyApp).get('/readyz'), 503);
    });
  });

  it('answers 401 to an unknown key and 400 to an unknown parameter on every operation', async () => {
    await expectConforming(async () => {
      for (const operation of operations) await everyOperation(context, operation);
    });
  });

  it('has called every operation of the document, with a success and a problem checked for each', () => {
    const probed = new Set(groups.map((group) => group.operationId));
    expect(
      operations.filter((operation) => !probed.has(operation.operationId)).map((o) => o.operationId),
    ).toEqual([]);
    for (const { operationId } of operations) {
      const checked = session.checked.filter((response) => response.operationId === operationId);
      const successes = checked.filter((response) => response.status >= 200 && response.status < 300);
      const problems = checked.filter((response) => response.status >= 400 && response.mediaType === PROBLEM);
      expect({ operationId, success: successes.length > 0 }).toEqual({ operationId, success: true });
      expect({ operationId, problem: problems.length > 0 }).toEqual({ operationId, problem: true });
    }
    expect(session.checked.length).toBeGreaterThan(500);
  });
});
