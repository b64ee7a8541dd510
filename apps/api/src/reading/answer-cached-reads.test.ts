import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { testDatabases } from '@sco/db/testing';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadConfig } from '@sco/config';
import { pino } from 'pino';
import { createApp } from '../app.js';
import { bearer, createTestKeys, type TestKeys } from '../auth/test-support/test-keys.js';
import { ServerLifecycle } from '../http/server-lifecycle.js';
import { importNextRelease, NEXT_VERSION } from '../releases/test-support/next-release.js';
import { openTestApp, rootDir, type TestApp } from '../test-support/test-app.js';
import type { CachedReplies } from './cached-replies.js';
import { releaseLookup } from './release-lookup.js';
import { responseCacheOf } from './response-cache.js';
import { header, listening, send } from './test-support/send-raw.js';

const LIST = '/v1/agreements?limit=50&from=2010&sort=-signed_date';
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };

describe.each(await testDatabases())('published reads answered before the chain on $dialect', (database) => {
  let t: TestApp;
  let uncached: TestApp;
  let server: Server;
  let plain: Server;
  let replies: CachedReplies;
  let keys: TestKeys;

  beforeAll(async () => {
    t = await openTestApp(database, { latestReleaseTtlMs: 60_000 });
    uncached = await openTestApp(database, { responseCache: false });
    keys = await createTestKeys(t.db);
    const cache = responseCacheOf(t.app);
    if (!cache) throw new Error('createApp made no response cache');
    replies = cache.replies;
    server = await listening(t.app);
    plain = await listening(uncached.app);
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });
  afterAll(async () => {
    server.close();
    plain.close();
    await t.dispose();
    await uncached.dispose();
  });

  /** Sends a request; `fromReply`: whether a kept reply was found for it. */
  async function sendNoting(path: string, headers: Record<string, string> = {}, method = 'GET') {
    const get = vi.spyOn(replies, 'get');
    const sent = await send(server, path, headers, method);
    const fromReply = get.mock.results.some((result) => result.value !== undefined);
    get.mockRestore();
    return { sent, fromReply };
  }

  /** Sends the same request three times; `found`: how many of the last two were answered from a reply. */
  async function twice(path: string, headers: Record<string, string> = {}, method = 'GET') {
    const first = await sendNoting(path, headers, method);
    const second = await sendNoting(path, headers, method);
    const third = await sendNoting(path, headers, method);
    const found = [second, third].filter((answer) => answer.fromReply).length;
    return { first: first.sent, second: second.sent, third: third.sent, found };
  }

  it.each([
    ['the list', LIST, {}, 'GET'],
    ['the list as a browser asks (brotli)', LIST, BROWSER, 'GET'],
    ['the list asked for with gzip', LIST, { 'accept-encoding': 'gzip' }, 'GET'],
    ['the list, HEAD', LIST, {}, 'HEAD'],
    ['a partner in French', '/v1/partners/DEU?lang=fr', BROWSER, 'GET'],
    ['the indicators of a pinned release', '/v1/indicators?release=1.0.0', {}, 'GET'],
  ] as const)(
    'answers %s again with the status, headers (same order) and bytes its route gives',
    async (_name, path, headers, method) => {
      const { first, second, third, found } = await twice(path, headers, method);
      expect(found).toBe(2);
      const route = await send(plain, path, headers, method);
      expect(first.status).toBe(200);
      for (const hit of [second, third]) {
        expect(hit.status).toBe(200);
        expect(hit.headers).toEqual(first.headers);
        expect(hit.headers).toEqual(route.headers);
        expect(hit.body.equals(route.body)).toBe(true);
      }
      if (method === 'HEAD') expect(third.body.length).toBe(0);
      else expect(Number(header(third, 'content-length'))).toBe(third.body.length);
    },
  );

  it('answers If-None-Match with a 304 that carries the headers of the route’s 304, per coding', async () => {
    const { first, found } = await twice(LIST, BROWSER);
    expect(found).toBe(2);
    const etag = header(first, 'etag') ?? '';
    expect(etag).toMatch(/-br"$/);
    const { sent: hit, fromReply } = await sendNoting(LIST, { ...BROWSER, 'if-none-match': etag });
    expect(fromReply).toBe(true);
    const route = await send(plain, LIST, { ...BROWSER, 'if-none-match': etag });
    expect(route.status).toBe(304);
    expect(hit.status).toBe(304);
    expect(hit.headers).toEqual(route.headers);
    expect(hit.body.length).toBe(0);
    expect(header(hit, 'content-type')).toBeUndefined();
    // The identity tag names another representation: the brotli body again, not a 304.
    const identityTag = etag.replace(/-br"$/, '"');
    const other = await send(server, LIST, { ...BROWSER, 'if-none-match': identityTag });
    expect(other.status).toBe(200);
    expect(header(other, 'content-encoding')).toBe('br');
    // `*` matches any current representation (RFC 9110 §13.1.2).
    expect((await send(server, LIST, { ...BROWSER, 'if-none-match': '*' })).status).toBe(304);
  });

  it('logs a hit with the fields of every request, and echoes its request id', async () => {
    const lines: Record<string, unknown>[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
    const app = createApp(
      { db: t.db, config: loadConfig({}, rootDir), logger, now: () => t.now },
      { latestReleaseTtlMs: 60_000 },
    );
    const own = await listening(app);
    try {
      const get = vi.spyOn(responseCacheOf(app)?.replies ?? replies, 'get');
      await send(own, LIST, { 'x-request-id': 'trace-41' });
      const hit = await send(own, LIST, { 'x-request-id': 'trace-42' });
      expect(get).toHaveLastReturnedWith(expect.objectContaining({ coding: 'identity' }));
      const res = await fetch(`http://127.0.0.1:${(own.address() as AddressInfo).port}${LIST}`, {
        headers: { 'x-request-id': 'trace-43' },
      });
      expect(res.headers.get('x-request-id')).toBe('trace-43');
      expect(hit.status).toBe(200);
      const logged = lines.filter((line) => line['msg'] === 'request completed');
      expect(logged.map((line) => line['req'])).toEqual(
        ['trace-41', 'trace-42', 'trace-43'].map((id) => ({ id, method: 'GET', url: LIST })),
      );
      for (const line of logged) {
        expect(line['res']).toEqual({ status: 200 });
        expect(line['responseTime']).toEqual(expect.any(Number));
      }
    } finally {
      own.close();
    }
  });

  it('leaves to the chain what a kept reply does not answer', async () => {
    await twice('/v1/indicators');
    // A bad API key is refused, a good one is a caller the reply was not for.
    expect((await send(server, '/v1/indicators', { authorization: 'Bearer nope' })).status).toBe(401);
    const editor = await send(server, '/v1/indicators', bearer(keys.editor));
    expect(editor.status).toBe(200);
    expect(header(editor, 'etag')).toBeDefined();
    // Another Accept is another request: refused when the route cannot give JSON.
    expect((await send(server, '/v1/indicators', { accept: 'text/html' })).status).toBe(406);
    // A body goes through the body parser and its checks. (Node's client frames a GET's body only when
    // told its length: without it the bytes are a malformed next request, not a body.)
    const broken = '{"broken":';
    const withBody = await send(
      server,
      '/v1/indicators',
      { 'content-type': 'application/json', 'content-length': String(broken.length) },
      'GET',
      broken,
    );
    expect(withBody.status).toBe(400);
  });

  it('serves a new release as soon as the route would', async () => {
    const before = await twice('/v1/agreements?q=sac-din-2006');
    expect(before.found).toBe(2);
    expect(header(before.third, 'sco-release')).toBe(t.dataset.version);
    await importNextRelease(t);
    // The app trusts its latest release for a minute here (main.ts: a second), the route as much as a kept
    // reply; once it looks again (as after a release cut through the app), the new release is served.
    releaseLookup(t.db).forgetLatest();
    const after = await send(server, '/v1/agreements?q=sac-din-2006');
    expect(header(after, 'sco-release')).toBe(NEXT_VERSION);
    expect(JSON.parse(after.body.toString()).release.id).toBe(NEXT_VERSION);
    // The earlier release, pinned, is still answered from its kept reply.
    const pinned = `/v1/agreements?q=sac-din-2006&release=${t.dataset.version}`;
    const kept = await twice(pinned);
    expect(kept.found).toBe(2);
    expect(header(kept.third, 'sco-release')).toBe(t.dataset.version);
  });
});

describe.each(await testDatabases())('limits and draining before a kept reply on $dialect', (database) => {
  let t: TestApp;
  let server: Server;
  let replies: CachedReplies;
  const lifecycle = new ServerLifecycle();

  beforeAll(async () => {
    t = await openTestApp(database, {
      latestReleaseTtlMs: 60_000,
      rateLimits: { expensiveReads: 3 },
      lifecycle,
    });
    const cache = responseCacheOf(t.app);
    if (!cache) throw new Error('createApp made no response cache');
    replies = cache.replies;
    server = await listening(t.app);
  });
  afterAll(async () => {
    server.close();
    await t.dispose();
  });

  it('counts every expensive read answered from a kept reply, with its RateLimit headers in place', async () => {
    const path = '/v1/indicators/agreements';
    const get = vi.spyOn(replies, 'get');
    const answers = [];
    for (let i = 0; i < 4; i++) answers.push(await send(server, path));
    expect(get.mock.results.filter((result) => result.value !== undefined).length).toBe(3);
    get.mockRestore();
    const [first, second, third, fourth] = answers;
    if (!first || !second || !third || !fourth) throw new Error('four answers expected');
    expect([first, second, third].map((sent) => sent.status)).toEqual([200, 200, 200]);
    expect([first, second, third].map((sent) => header(sent, 'ratelimit'))).toEqual([
      expect.stringMatching(/^"expensive-reads"; r=2; t=\d+$/),
      expect.stringMatching(/^"expensive-reads"; r=1; t=\d+$/),
      expect.stringMatching(/^"expensive-reads"; r=0; t=\d+$/),
    ]);
    // The same headers in the same places as the route's answer, but the live count.
    const names = (sent: typeof first) => sent.headers.map(([name]) => name);
    expect(names(second)).toEqual(names(first));
    expect(second.body.equals(first.body)).toBe(true);
    expect(fourth.status).toBe(429);
    expect(header(fourth, 'ratelimit')).toMatch(/^"expensive-reads"; r=0; t=\d+$/);
    expect(Number(header(fourth, 'retry-after'))).toBeGreaterThan(0);
    expect(header(fourth, 'content-security-policy')).toBe(header(first, 'content-security-policy'));
    expect(JSON.parse(fourth.body.toString())).toMatchObject({ status: 429 });
  });

  it('answers 503 while draining, kept reply or not', async () => {
    await send(server, '/v1/partners');
    expect((await send(server, '/v1/partners')).status).toBe(200);
    lifecycle.startDraining();
    const refused = await send(server, '/v1/partners');
    expect(refused.status).toBe(503);
    expect(header(refused, 'retry-after')).toBeDefined();
  });
});
