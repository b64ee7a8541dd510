import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bearer, createTestKeys, type TestKeys } from '../auth/test-support/test-keys.js';
import {
  importNextRelease,
  NEXT_VERSION,
  RETITLED_ID,
  RETITLED_TITLE,
} from '../releases/test-support/next-release.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { DEFAULT_RESPONSE_CACHE_LIMITS, ResponseCache, responseCacheOf } from './response-cache.js';

const LIST = '/v1/agreements?limit=50&from=2010&sort=-signed_date';
/** Headers that differ from one response to the next by design. */
const PER_RESPONSE = new Set(['date', 'x-request-id']);

function stableHeaders(headers: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !PER_RESPONSE.has(name)));
}

describe('ResponseCache', () => {
  const body = (bytes: number, fill = 'x') => Buffer.from(fill.repeat(bytes));

  it('keeps bodies up to its bound, dropping the least recently used first', () => {
    const cache = new ResponseCache({ maxBytes: 100_000, maxEntryBytes: 40_000 });
    for (let i = 0; i < 10; i++) {
      cache.set(`W/"${i}"`, 'identity', body(30_000));
      expect(cache.bytes).toBeLessThanOrEqual(100_000);
    }
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBe(90_000);
    expect(cache.get('W/"6"')).toBeUndefined();
    expect(cache.get('W/"7"')?.length).toBe(30_000);
    cache.set('W/"10"', 'identity', body(30_000));
    expect(cache.get('W/"7"')).toBeDefined();
    expect(cache.get('W/"8"')).toBeUndefined();
  });

  it('does not keep a body over its entry limit, and counts a replaced body once', () => {
    const cache = new ResponseCache({ maxBytes: 100_000, maxEntryBytes: 40_000 });
    cache.set('W/"big"', 'identity', body(40_001));
    expect(cache.get('W/"big"')).toBeUndefined();
    expect(cache.bytes).toBe(0);
    cache.set('W/"a"', 'identity', body(10_000));
    cache.set('W/"a"', 'identity', body(20_000, 'y'));
    expect(cache.bytes).toBe(20_000);
    expect(cache.get('W/"a"')?.toString().startsWith('y')).toBe(true);
  });

  it('keeps each coding of a tag apart, counting every one against the same bound', () => {
    const cache = new ResponseCache({ maxBytes: 95_000, maxEntryBytes: 40_000 });
    cache.set('W/"a"', 'identity', body(30_000));
    cache.set('W/"a"', 'br', body(3_000, 'b'));
    cache.set('W/"a"', 'gzip', body(4_000, 'g'));
    expect(cache.size).toBe(3);
    expect(cache.bytes).toBe(37_000);
    expect(cache.get('W/"a"', 'br')?.toString()).toBe('b'.repeat(3_000));
    expect(cache.get('W/"a"', 'gzip')?.toString()).toBe('g'.repeat(4_000));
    expect(cache.get('W/"a"')?.length).toBe(30_000);
    expect(cache.get('W/"b"', 'br')).toBeUndefined();
    // Two more identity bodies (97,000 bytes in all) push out the least recently used: the br copy alone.
    cache.set('W/"b"', 'identity', body(30_000));
    cache.set('W/"c"', 'identity', body(30_000));
    expect(cache.bytes).toBe(94_000);
    expect(cache.get('W/"a"', 'br')).toBeUndefined();
    expect(cache.get('W/"a"', 'gzip')).toBeDefined();
    expect(cache.get('W/"a"', 'identity')).toBeDefined();
  });

  it('defaults to 32 MB in all, 2 MB at most per body', () => {
    expect(DEFAULT_RESPONSE_CACHE_LIMITS).toEqual({
      maxBytes: 32 * 1024 * 1024,
      maxEntryBytes: 2 * 1024 * 1024,
    });
  });
});

describe.each(await testDatabases())('the response cache of published reads on $dialect', (database) => {
  let t: TestApp;
  let uncached: TestApp;
  let keys: TestKeys;
  let cache: ResponseCache;

  beforeAll(async () => {
    t = await openTestApp(database);
    uncached = await openTestApp(database, { responseCache: false });
    keys = await createTestKeys(t.db);
    const found = responseCacheOf(t.app);
    if (!found) throw new Error('createApp made no response cache');
    cache = found;
  });
  afterAll(async () => {
    await t.dispose();
    await uncached.dispose();
  });

  it('is on by default and off with responseCache: false', () => {
    expect(responseCacheOf(uncached.app)).toBeNull();
  });

  it('answers a second read from the cache with the same bytes and the same headers', async () => {
    const get = vi.spyOn(cache, 'get');
    // Uncompressed, so that the bytes on the wire are the cached bytes and their length is declared.
    const identity = (app: typeof t.app) => request(app).get(LIST).set('Accept-Encoding', 'identity');
    const first = await identity(t.app).expect(200);
    expect(get).toHaveLastReturnedWith(undefined);
    const second = await identity(t.app).expect(200);
    expect(get).toHaveLastReturnedWith(expect.any(Buffer));
    get.mockRestore();
    expect(second.text).toBe(first.text);
    expect(stableHeaders(second.headers)).toEqual(stableHeaders(first.headers));
    expect(second.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(second.headers['content-length']).toBe(String(Buffer.byteLength(first.text)));
    // The same as an app without the cache builds.
    const fresh = await identity(uncached.app).expect(200);
    expect(fresh.text).toBe(first.text);
    expect(stableHeaders(fresh.headers)).toEqual(stableHeaders(first.headers));
    // And 304 still comes first.
    await identity(t.app).set('If-None-Match', String(first.headers['etag'])).expect(304);
  });

  it('keeps each representation under its own ETag: query, language and release pinning', async () => {
    const en = await request(t.app).get('/v1/partners/DEU').expect(200);
    const fr = await request(t.app).get('/v1/partners/DEU?lang=fr').expect(200);
    const pinned = await request(t.app).get(`/v1/partners/DEU?release=${t.dataset.version}`).expect(200);
    expect(fr.body.partner.name).not.toBe(en.body.partner.name);
    expect(new Set([en.headers['etag'], fr.headers['etag'], pinned.headers['etag']]).size).toBe(3);
    expect((await request(t.app).get('/v1/partners/DEU?lang=fr').expect(200)).text).toBe(fr.text);
    expect(pinned.headers['cache-control']).toMatch(/immutable/);
    expect(
      (await request(t.app).get(`/v1/partners/DEU?release=${t.dataset.version}`)).headers['cache-control'],
    ).toMatch(/immutable/);
  });

  it('serves a new release fresh, and the earlier one still when pinned', async () => {
    const before = await request(t.app).get('/v1/agreements?q=sac-din-2006').expect(200);
    await importNextRelease(t);
    const after = await request(t.app).get('/v1/agreements?q=sac-din-2006').expect(200);
    expect(after.body.release.id).toBe(NEXT_VERSION);
    expect(after.headers['sco-release']).toBe(NEXT_VERSION);
    expect(after.headers['etag']).not.toBe(before.headers['etag']);
    expect(after.body.items[0].title_en).toBe(RETITLED_TITLE);
    const pinned = await request(t.app).get(`/v1/agreements?q=sac-din-2006&release=${t.dataset.version}`);
    expect(pinned.body.items[0].title_en).toBe(before.body.items[0].title_en);
  });

  it('never keeps the draft, nor problems', async () => {
    const before = { size: cache.size, bytes: cache.bytes };
    await request(t.app).get(`${LIST}&state=draft`).set(bearer(keys.editor)).expect(200);
    await request(t.app).get('/v1/partners/ZZZ').expect(404);
    await request(t.app).get('/v1/indicators?state=draft').set(bearer(keys.editor)).expect(200);
    expect({ size: cache.size, bytes: cache.bytes }).toEqual(before);

    const read = () =>
      request(t.app).get(`/v1/agreements/${RETITLED_ID}?state=draft`).set(bearer(keys.editor));
    const etag = String((await read().expect(200)).headers['etag']);
    await request(t.app)
      .patch(`/v1/agreements/${RETITLED_ID}`)
      .set(bearer(keys.editor))
      .set('If-Match', etag)
      .send({ notes: 'Edited in the draft' })
      .expect(200);
    const draftList = await request(t.app)
      .get('/v1/agreements?q=sac-din-2006&state=draft')
      .set(bearer(keys.editor));
    expect(draftList.body.items[0].notes).toBe('Edited in the draft');
    expect({ size: cache.size, bytes: cache.bytes }).toEqual(before);
  });

  it('stays within its bound, counting the bytes of the bodies it holds', async () => {
    for (const path of [
      '/v1/indicators',
      '/v1/indicators?lang=zh',
      '/v1/tallies',
      '/v1/releases',
      '/v1/partners',
    ]) {
      const before = cache.bytes;
      const res = await request(t.app).get(path).set('Accept-Encoding', 'identity').expect(200);
      expect(cache.bytes).toBe(before + Buffer.byteLength(res.text));
      expect(cache.bytes).toBeLessThanOrEqual(cache.limits.maxBytes);
    }
  });
});
