import { once } from 'node:events';
import { loadConfig } from '@sco/config';
import { testDatabases } from '@sco/db/testing';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { createTestKeys, type TestKeys } from '../auth/test-support/test-keys.js';
import { openTestApp, rootDir, type TestApp } from '../test-support/test-app.js';
import { buildId, computeBuildId } from './build-id.js';
import { createHttpServer } from './client-errors.js';

const [database] = await testDatabases();

describe('behind a proxy (SCO_TRUST_PROXY)', () => {
  let t: TestApp;
  let keys: TestKeys;
  const appTrusting = (trust: string | undefined): Express =>
    createApp(
      {
        db: t.db,
        config: loadConfig({ SCO_TRUST_PROXY: trust }, rootDir),
        logger: pino({ level: 'silent' }),
        now: () => t.now,
      },
      { rateLimits: { writes: 1 } },
    );
  beforeAll(async () => {
    if (!database) throw new Error('no test database');
    t = await openTestApp(database);
    keys = await createTestKeys(t.db);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('counts anonymous clients apart by the address the trusted proxy forwards', async () => {
    const write = (app: Express, client: string) =>
      request(app).post('/v1/releases').set('X-Forwarded-For', client).send({});
    // Supertest connects from loopback; the proxy is trusted for one hop.
    const trusting = appTrusting('1');
    expect((await write(trusting, '203.0.113.1')).status).toBe(401);
    expect((await write(trusting, '203.0.113.2')).status).toBe(401);
    expect((await write(trusting, '203.0.113.1')).status).toBe(429);
    // Trusting only 10.0.0.0/8, the header of a loopback peer is ignored: one bucket for all.
    const distrusting = appTrusting('10.0.0.0/8');
    expect((await write(distrusting, '203.0.113.1')).status).toBe(401);
    expect((await write(distrusting, '203.0.113.2')).status).toBe(429);
  });

  it('takes the protocol and host the client used for links and for the studio origin check', async () => {
    const app = appTrusting('1');
    const feed = await request(app)
      .get('/v1/feed.atom')
      .set({ 'X-Forwarded-Proto': 'https', 'X-Forwarded-Host': 'observatory.example' })
      .expect(200);
    expect(feed.text).toContain('https://observatory.example/');
    const signIn = () =>
      request(app)
        .post('/studio/session')
        .set({
          'Sco-Studio': '1',
          Origin: 'https://observatory.example',
          'X-Forwarded-Proto': 'https',
          'X-Forwarded-Host': 'observatory.example',
        })
        .send({ key: keys.editor });
    expect((await signIn()).status).toBe(201);
    // Not trusted: the same forwarded headers are a cross-origin call.
    const distrusting = appTrusting('10.0.0.0/8');
    const refused = await request(distrusting)
      .post('/studio/session')
      .set({
        'Sco-Studio': '1',
        Origin: 'https://observatory.example',
        'X-Forwarded-Proto': 'https',
        'X-Forwarded-Host': 'observatory.example',
      })
      .send({ key: keys.editor })
      .expect(403);
    expect(refused.body.type).toBe('/docs/problems/cross-site-request');
  });
});

describe('the build id in ETags', () => {
  it('is one digest of the code, changing with any file of it', async () => {
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { tmpdir } = await import('node:os');
    const path = await import('node:path');
    const dir = await mkdtemp(path.join(tmpdir(), 'sco-build-'));
    try {
      await writeFile(path.join(dir, 'a.js'), 'export const a = 1;\n');
      const first = computeBuildId([dir]);
      expect(computeBuildId([dir])).toBe(first);
      await writeFile(path.join(dir, 'a.js'), 'export const a = 2;\n');
      expect(computeBuildId([dir])).not.toBe(first);
      expect(buildId()).toMatch(/^[\w-]{12}$/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('the HTTP server behind a proxy', () => {
  it('keeps idle connections and waits for heads as long as configured', async () => {
    const config = loadConfig({ SCO_KEEP_ALIVE_TIMEOUT_MS: '70000' }, rootDir);
    const server = createHttpServer((_req, res) => res.end(), config);
    expect(server.keepAliveTimeout).toBe(70_000);
    expect(server.headersTimeout).toBe(71_000);
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    server.close();
  });
});
