import { loadConfig } from '@sco/config';
import { testDatabases } from '@sco/db/testing';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { bearer, createTestKeys, type TestKeys } from '../auth/test-support/test-keys.js';
import { openTestApp, rootDir, type TestApp } from '../test-support/test-app.js';

describe.each(await testDatabases())('rate limits of two apps on one $dialect database', (database) => {
  let t: TestApp;
  let keys: TestKeys;
  let a: Express;
  let b: Express;
  beforeAll(async () => {
    t = await openTestApp(database);
    keys = await createTestKeys(t.db);
    const app = () =>
      createApp(
        { db: t.db, config: loadConfig({}, rootDir), logger: pino({ level: 'silent' }), now: () => t.now },
        { rateLimits: { writes: 3 } },
      );
    a = app();
    b = app();
  });
  afterAll(async () => {
    await t.dispose();
  });

  it(
    database.dialect === 'postgres'
      ? 'counts a client once across both (in PostgreSQL), with the same headers as one process'
      : 'counts in each process (SQLite is one process)',
    async () => {
      const write = (app: Express) =>
        request(app).patch('/v1/agreements/sac-din-2006').set(bearer(keys.editor)).send({ notes: 'x' });
      const first = await write(a).expect(428);
      expect(first.headers['ratelimit-policy']).toMatch(/^"writes"; q=3; w=60; pk=:[\w+/=]+:$/);
      expect(first.headers['ratelimit']).toMatch(/^"writes"; r=2; t=\d+$/);
      const second = await write(b).expect(428);
      const shared = database.dialect === 'postgres';
      expect(second.headers['ratelimit']).toMatch(
        shared ? /^"writes"; r=1; t=\d+$/ : /^"writes"; r=2; t=\d+$/,
      );
      await write(a).expect(428);
      if (shared) {
        const limited = await write(b).expect(429);
        expect(limited.headers['ratelimit']).toMatch(/^"writes"; r=0; t=\d+$/);
        expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
        expect(limited.body.detail).toMatch(/^At most 3 writes per 60 s per API key; try again in \d+ s$/);
        await write(a).expect(429);
      } else {
        await write(b).expect(428);
        await write(b).expect(428);
        await write(a).expect(428);
        await write(a).expect(429);
      }
      // Another key has its own budget.
      await request(b)
        .patch('/v1/agreements/sac-din-2006')
        .set(bearer(keys.editor2))
        .send({ notes: 'x' })
        .expect(428);
    },
  );
});
