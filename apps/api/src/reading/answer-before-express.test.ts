import { createServer, type Server } from 'node:http';
import { testDatabases } from '@sco/db/testing';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { RequestLog } from '../http/request-log.js';
import { ServerLifecycle } from '../http/server-lifecycle.js';
import { TurnBudget } from '../http/share-the-loop.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { answerKeptReply, type BeforeExpress } from './answer-before-express.js';
import { releaseLookup } from './release-lookup.js';
import { responseCacheOf, type ResponseCache } from './response-cache.js';
import { header, listening, send, type Sent } from './test-support/send-raw.js';

const LIST = '/v1/agreements?limit=50&from=2010&sort=-signed_date';
const BROWSER = { 'accept-encoding': 'gzip, deflate, br' };
/** A cookie on a path that reads no session: the answer before Express leaves it to the chain's answer. */
const COOKIE = { cookie: 'theme=dark' };

describe.each(await testDatabases())('kept replies answered before Express on $dialect', (database) => {
  let t: TestApp;
  let uncached: TestApp;
  let server: Server;
  let plain: Server;
  let cache: ResponseCache;
  const lifecycle = new ServerLifecycle();

  beforeAll(async () => {
    t = await openTestApp(database, { latestReleaseTtlMs: 60_000, lifecycle });
    uncached = await openTestApp(database, { responseCache: false });
    const found = responseCacheOf(t.app);
    if (!found) throw new Error('createApp made no response cache');
    cache = found;
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

  /** Sends a request to the app; `express`: whether Express's router saw it. */
  async function sendSeeing(path: string, headers: Record<string, string> = {}, method = 'GET') {
    // Express's router runs the chain; its `handle` is not in Express's types.
    const router = t.app.router as unknown as { handle: (...args: unknown[]) => void };
    const handle = vi.spyOn(router, 'handle');
    const sent = await send(server, path, headers, method);
    const express = handle.mock.calls.length > 0;
    handle.mockRestore();
    return { sent, express };
  }

  it.each([
    ['the list', LIST, {}, 'GET'],
    ['the list, brotli', LIST, BROWSER, 'GET'],
    ['the list, HEAD', LIST, {}, 'HEAD'],
    ['a partner in French', '/v1/partners/DEU?lang=fr', BROWSER, 'GET'],
  ] as const)(
    'answers %s without Express, with the headers (same order) and bytes of the chain and of the route',
    async (_name, path, headers, method) => {
      const first = await sendSeeing(path, headers, method);
      expect(first.express).toBe(true);
      const hit = await sendSeeing(path, headers, method);
      expect(hit.express).toBe(false);
      // The same reply answered by the chain (a cookie sends it there), and the route of an app without
      // the response cache.
      const chain = await sendSeeing(path, { ...headers, ...COOKIE }, method);
      expect(chain.express).toBe(true);
      const route = await send(plain, path, headers, method);
      for (const other of [first.sent, chain.sent, route]) {
        expect(hit.sent.status).toBe(other.status);
        expect(hit.sent.headers).toEqual(other.headers);
        expect(hit.sent.body.equals(other.body)).toBe(true);
      }
      expect(hit.sent.requestId).toMatch(/^[0-9a-f-]{36}$/);
    },
  );

  it('answers If-None-Match with the 304 of the chain and of the route', async () => {
    const first = await send(server, LIST, BROWSER);
    const etag = header(first, 'etag') ?? '';
    const asked = { ...BROWSER, 'if-none-match': etag };
    const hit = await sendSeeing(LIST, asked);
    expect(hit.express).toBe(false);
    const chain = await send(server, LIST, { ...asked, ...COOKIE });
    const route = await send(plain, LIST, asked);
    for (const other of [chain, route]) {
      expect(other.status).toBe(304);
      expect(hit.sent.status).toBe(304);
      expect(hit.sent.headers).toEqual(other.headers);
      expect(hit.sent.body.length).toBe(0);
    }
  });

  it('echoes a well-formed request id, and makes one for a malformed one', async () => {
    await send(server, LIST);
    const given = await sendSeeing(LIST, { 'x-request-id': 'trace-7.a_b' });
    expect(given.express).toBe(false);
    expect(given.sent.requestId).toBe('trace-7.a_b');
    const malformed = await send(server, LIST, { 'x-request-id': 'bad id' });
    expect(malformed.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('leaves to Express an expensive read (its rate limit), and a latest release not known at once', async () => {
    const indicator = '/v1/indicators/agreements';
    await send(server, indicator);
    const limited = await sendSeeing(indicator);
    expect(limited.express).toBe(true);
    expect(limited.sent.status).toBe(200);
    expect(header(limited.sent, 'ratelimit')).toMatch(/^"expensive-reads"; r=\d+; t=\d+$/);
    await send(server, LIST);
    releaseLookup(t.db).forgetLatest();
    const looking = await sendSeeing(LIST);
    expect(looking.express).toBe(true);
    expect(looking.sent.status).toBe(200);
    // Looked up by the chain's answer: known again for the next one.
    expect((await sendSeeing(LIST)).express).toBe(false);
  });

  describe('answerKeptReply on a bare node:http server', () => {
    let bare: Server;
    let budget: TurnBudget;
    let bareLifecycle: ServerLifecycle;
    const answered: boolean[] = [];

    beforeAll(async () => {
      await send(server, '/v1/partners');
      const before = (): BeforeExpress => ({
        db: t.db,
        cache,
        log: new RequestLog(pino({ level: 'silent' })),
        budget,
        lifecycle: bareLifecycle,
      });
      bare = createServer((req, res) => {
        const done = answerKeptReply(before(), req, res);
        answered.push(done);
        if (!done) res.writeHead(299).end();
      });
      await new Promise<void>((resolve) => {
        bare.listen(0, '127.0.0.1', resolve);
      });
    });
    afterAll(() => {
      bare.close();
    });

    async function ask(headers: Record<string, string> = {}): Promise<{ sent: Sent; done: boolean }> {
      const sent = await send(bare, '/v1/partners', headers);
      return { sent, done: answered.at(-1) ?? false };
    }

    it('answers a plain request, and leaves a key, a body, a cookie or a spent turn budget', async () => {
      budget = new TurnBudget();
      bareLifecycle = new ServerLifecycle();
      const hit = await ask();
      expect(hit).toMatchObject({ done: true, sent: { status: 200 } });
      const handOver = vi.spyOn(cache.replies, 'handOver');
      const unplain: Record<string, string>[] = [
        { authorization: 'Bearer x' },
        { cookie: 'a=b' },
        { 'content-length': '0' },
      ];
      for (const headers of unplain) {
        expect(await ask(headers)).toMatchObject({ done: false, sent: { status: 299 } });
      }
      vi.spyOn(budget, 'hasRoom').mockReturnValue(false);
      expect(await ask()).toMatchObject({ done: false, sent: { status: 299 } });
      // Each reply found but not used is handed to the chain's answer, so that it is not looked up twice.
      expect(handOver).toHaveBeenCalledTimes(4);
      vi.restoreAllMocks();
      bareLifecycle.startDraining();
      expect(await ask()).toMatchObject({ done: false, sent: { status: 299 } });
    });
  });

  it('leaves every request to Express while draining, which refuses it with problem details', async () => {
    await send(server, LIST);
    expect((await sendSeeing(LIST)).express).toBe(false);
    lifecycle.startDraining();
    const refused = await sendSeeing(LIST);
    expect(refused.express).toBe(true);
    expect(refused.sent.status).toBe(503);
    expect(header(refused.sent, 'content-type')).toMatch(/^application\/problem\+json/);
    expect(header(refused.sent, 'retry-after')).toBe('5');
    expect(header(refused.sent, 'connection')).toBe('close');
  });
});
