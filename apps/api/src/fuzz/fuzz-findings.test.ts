import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { readFuzzDocument } from './fuzz-document.js';

const PROBLEM = /application\/problem\+json/;

/** The defects the OpenAPI fuzzer (openapi-fuzz.test.ts) found, each pinned by the input that showed it. */
describe.each(await testDatabases())('what the fuzzer found, on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('answers a /v1/changes cursor beyond a 32-bit change id (cursor=6000000000) with 400 naming cursor, not 500', async () => {
    const res = await request(t.app).get('/v1/changes?cursor=6000000000');
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.errors).toContainEqual({
      name: 'cursor',
      in: 'query',
      reason: 'expected the `next` of the previous page',
    });
    await request(t.app).get('/v1/changes?cursor=2147483647').expect(200);
  });

  it('declares 304 on every read, since If-None-Match: * answers 304 while the resource exists (GET /healthz)', async () => {
    await request(t.app).get('/healthz').set('If-None-Match', '*').expect(304);
    const document = readFuzzDocument((await request(t.app).get('/openapi.json').expect(200)).body);
    const reads = document.operations.filter((operation) => operation.method === 'GET');
    expect(reads.length).toBeGreaterThan(10);
    expect(reads.filter((operation) => !operation.statuses.has(304)).map((o) => o.operationId)).toEqual([]);
  });
});
