import { loadConfig } from '@sco/config';
import { testDatabases } from '@sco/db/testing';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { bearer, createTestKeys, type TestKeys } from '../auth/test-support/test-keys.js';
import { openTestApp, rootDir, type TestApp } from '../test-support/test-app.js';

describe.each(await testDatabases())('rate limits on $dialect', (database) => {
  let t: TestApp;
  let app: Express;
  let keys: TestKeys;
  beforeAll(async () => {
    t = await openTestApp(database);
    keys = await createTestKeys(t.db);
    app = createApp(
      { db: t.db, config: loadConfig({}, rootDir), logger: pino({ level: 'silent' }), now: () => t.now },
      { rateLimits: { writes: 2, expensiveReads: 2 } },
    );
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('limits writes per API key, with RateLimit headers and a 429 problem with Retry-After', async () => {
    const write = (token: string) =>
      request(app).patch('/v1/agreements/sac-din-2006').set(bearer(token)).send({ notes: 'x' });
    const first = await write(keys.editor).expect(428);
    expect(first.headers['ratelimit-policy']).toMatch(/^"writes"; q=2; w=60; pk=:[\w+/=]+:$/);
    expect(first.headers['ratelimit']).toMatch(/^"writes"; r=1; t=\d+$/);
    await write(keys.editor).expect(428);
    const limited = await write(keys.editor)
      .expect(429)
      .expect('Content-Type', /application\/problem\+json/);
    expect(limited.headers['ratelimit']).toMatch(/^"writes"; r=0; t=\d+$/);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({
      status: 429,
      type: '/docs/problems/too-many-requests',
      detail: expect.stringMatching(/^At most 2 writes per 60 s per API key; try again in \d+ s$/) as string,
    });
    // Another key has its own budget; reads are not writes.
    await write(keys.editor2).expect(428);
    await request(app).get('/v1/agreements').expect(200);
  });

  it('limits expensive reads per address, and leaves other reads alone', async () => {
    const cheap = await request(app).get('/v1/agreements?limit=1').expect(200);
    expect(cheap.headers['ratelimit']).toBeUndefined();
    const csv = await request(app).get('/v1/agreements?format=csv').expect(200);
    expect(csv.headers['ratelimit-policy']).toMatch(/^"expensive-reads"; q=2; w=60; /);
    await request(app).get('/v1/agreements').set('Accept', 'text/csv').expect(200);
    const limited = await request(app).get('/v1/indicators/agreements').expect(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited.body.type).toBe('/docs/problems/too-many-requests');
    await request(app).get('/v1/agreements?limit=1').expect(200);
  });

  it('uses generous limits by default', async () => {
    const res = await request(t.app).get('/v1/agreements?format=csv').expect(200);
    expect(res.headers['ratelimit-policy']).toMatch(/^"expensive-reads"; q=600; w=60; /);
  });
});
