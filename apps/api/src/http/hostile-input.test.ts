import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadConfig } from '@sco/config';
import { DRAFT, getAgreement } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { bearer, createTestKeys, type TestKeys } from '../auth/test-support/test-keys.js';
import { openTestApp, rootDir, type TestApp } from '../test-support/test-app.js';
import { createHttpServer, MAX_HEADER_BYTES } from './client-errors.js';
import { MAX_URL_BYTES } from './input-guards.js';

const PROBLEM = /application\/problem\+json/;

/** A raw request over a real socket (supertest cannot send what Node's parser refuses). */
function rawGet(
  port: number,
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; type: string; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        resolve({ status: res.statusCode ?? 0, type: res.headers['content-type'] ?? '', body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe.each(await testDatabases())('hostile inputs on $dialect', (database) => {
  let t: TestApp;
  let keys: TestKeys;
  let limited: Express;
  const logLines: Record<string, unknown>[] = [];
  beforeAll(async () => {
    t = await openTestApp(database);
    keys = await createTestKeys(t.db);
    limited = createApp(
      {
        db: t.db,
        config: loadConfig({}, rootDir),
        logger: pino({ level: 'info' }, { write: (line: string) => logLines.push(JSON.parse(line)) }),
        now: () => t.now,
      },
      { rateLimits: { expensiveReads: 2, writes: 2 } },
    );
  });
  afterAll(async () => {
    await t.dispose();
  });

  const expectInvalid = (res: request.Response, name: string, where: string, reason: RegExp) => {
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.errors).toContainEqual({
      name,
      in: where,
      reason: expect.stringMatching(reason) as string,
    });
  };

  it('#1 answers a NUL in q, in /v1/cite parameters and in a cursor with 400 naming the parameter', async () => {
    const nul = /NUL character/;
    expectInvalid(await request(t.app).get('/v1/agreements?q=din%00'), 'q', 'query', nul);
    expectInvalid(await request(t.app).get('/v1/partners?q=%00'), 'q', 'query', nul);
    expectInvalid(await request(t.app).get('/v1/cite?partner=DEU%00'), 'partner', 'query', nul);
    expectInvalid(await request(t.app).get('/v1/cite?format=json%00'), 'format', 'query', nul);
    expectInvalid(await request(t.app).get('/v1/agreements?cursor=abc%00def'), 'cursor', 'query', nul);
    expectInvalid(await request(t.app).get('/v1/changes?cursor=%00'), 'cursor', 'query', nul);
  });

  it('#1 #4 refuses a NUL or a lone surrogate in a PATCH body, naming the field, and stores nothing', async () => {
    const id = 'sac-din-2006';
    const before = await getAgreement(t.db.db, DRAFT, id);
    expect(before).toBeDefined();
    const patch = (raw: string) =>
      request(t.app)
        .patch(`/v1/agreements/${id}`)
        .set(bearer(keys.editor))
        .set('If-Match', `"v${before?.version ?? 1}"`)
        .set('Content-Type', 'application/merge-patch+json')
        .send(raw);
    expectInvalid(await patch('{"notes":"a\\u0000b"}'), 'notes', 'body', /NUL character/);
    expectInvalid(await patch('{"notes":"half \\ud800 a pair"}'), 'notes', 'body', /unpaired surrogate/);
    expectInvalid(await patch('{"tags":["ok","\\udc00"]}'), 'tags.1', 'body', /unpaired surrogate/);
    expectInvalid(await patch('{"\\ud800":"x"}'), '"\\ud800"', 'body', /field name/);
    expect(await getAgreement(t.db.db, DRAFT, id)).toEqual(before);
  });

  it('#4 refuses a lone surrogate in a POST body with 400 and creates nothing', async () => {
    const res = await request(t.app)
      .post('/v1/agreements')
      .set(bearer(keys.editor))
      .set('Content-Type', 'application/json')
      .send('{"id":"test-surrogate-2026","title_en":"T \\udfff"}');
    expectInvalid(res, 'title_en', 'body', /unpaired surrogate/);
    expect(await getAgreement(t.db.db, DRAFT, 'test-surrogate-2026')).toBeUndefined();
  });

  it('#2 routes one spelling only: /V1/CITE and POST /V1/BRIEFS are 404s, not unlimited copies', async () => {
    await request(limited).get('/V1/CITE').expect(404).expect('Content-Type', PROBLEM);
    await request(limited).get('/v1/CITE').expect(404);
    await request(limited)
      .post('/V1/BRIEFS')
      .set(bearer(keys.editor))
      .send({})
      .expect(404)
      .expect('Content-Type', PROBLEM);
  });

  it('#2 counts Accept: TEXT/CSV and format=CSV against the expensive-read limit', async () => {
    const first = await request(limited).get('/v1/agreements').set('Accept', 'TEXT/CSV');
    expect(first.headers['ratelimit-policy']).toMatch(/^"expensive-reads"; q=2;/);
    expect(first.headers['ratelimit']).toMatch(/^"expensive-reads"; r=1;/);
    const second = await request(limited).get('/v1/agreements?limit=1').set('Accept', 'Text/Csv');
    expect(second.headers['ratelimit']).toMatch(/^"expensive-reads"; r=0;/);
    await request(limited).get('/v1/agreements').set('Accept', 'TEXT/CSV').expect(429);
  });

  it('#3 answers malformed percent-encoding in a path parameter with 400', async () => {
    for (const path of [
      '/v1/agreements/%',
      '/v1/agreements/%ff',
      '/v1/agreements/%E0%A4%A',
      '/v1/partners/%c0',
    ]) {
      const res = await request(t.app).get(path);
      expectInvalid(res, '(path)', 'path', /not valid percent-encoding/);
    }
    expectInvalid(await request(t.app).get('/v1/agreements/a%00b'), '(path)', 'path', /NUL character/);
  });

  it('#5 answers a URL over the limit with a 414 problem', async () => {
    const res = await request(t.app).get(`/v1/agreements?q=${'a'.repeat(MAX_URL_BYTES)}`);
    expect(res.status).toBe(414);
    expect(res.headers['content-type']).toMatch(PROBLEM);
    expect(res.body.detail).toMatch(/at most 8192 bytes/);
  });

  it('#5 answers headers or a query string over 16 KB with a 431 problem over a real socket', async () => {
    const server = createHttpServer(t.app);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const big = 'x'.repeat(MAX_HEADER_BYTES + 1);
      for (const [path, headers] of [
        ['/v1/agreements', { 'X-Padding': big }],
        [`/v1/agreements?q=${big}`, {}],
      ] as const) {
        const res = await rawGet(port, path, headers);
        expect(res.status).toBe(431);
        expect(res.type).toBe('application/problem+json');
        expect(JSON.parse(res.body)).toMatchObject({
          status: 431,
          detail: expect.stringMatching(/at most 16384 bytes/) as string,
        });
      }
      expect((await rawGet(port, '/v1/agreements?limit=1', {})).status).toBe(200);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses an API key in the query string with 400 saying where keys go, and never logs it', async () => {
    logLines.length = 0;
    for (const query of [`api_key=${keys.editor}`, `Token=${keys.admin}`, `q=${keys.editor}`]) {
      const res = await request(limited).get(`/v1/agreements?${query}`).expect(400);
      expect(res.headers['content-type']).toMatch(PROBLEM);
      expect(res.body.detail).toMatch(/Authorization: Bearer <key>/);
      expect(JSON.stringify(res.body)).not.toContain(keys.editor);
    }
    await request(limited).get(`/v1/nothing/${keys.admin}`).expect(404);
    const log = JSON.stringify(logLines);
    expect(logLines.length).toBeGreaterThanOrEqual(4);
    expect(log).toContain('[redacted]');
    for (const key of [keys.editor, keys.admin]) expect(log).not.toContain(key.slice(17));
  });

  it('#7 matches q within one field: a newline never joins two fields', async () => {
    const agreement = t.dataset.tables.agreements.find((a) => a.title_en.split(' ').length >= 3);
    if (!agreement) throw new Error('the data has no title of three words');
    const ids = async (q: string) =>
      (
        (await request(t.app).get('/v1/agreements').query({ q, limit: 200 }).expect(200)).body.items as {
          id: string;
        }[]
      ).map((item) => item.id);
    // The id and the English title are two fields: their end and start, joined by a newline, match nothing.
    const across = `${agreement.id.slice(-4)}\n${agreement.title_en.slice(0, 6)}`;
    expect(await ids(across)).not.toContain(agreement.id);
    // Two words of the one title, with a newline between them, still find it.
    const [first, second] = agreement.title_en.split(' ');
    expect(await ids(`${first}\n${second}`)).toContain(agreement.id);
  });
});
