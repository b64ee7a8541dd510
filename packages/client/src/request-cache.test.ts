import { describe, expect, it } from 'vitest';
import { ApiError, NetworkError } from './api-error.js';
import { RequestCache } from './request-cache.js';
import { fakeFetch, json } from './test-support/fake-fetch.js';

const URL_A = 'http://api.test/v1/partners';

describe('RequestCache', () => {
  it('shares one in-flight request between concurrent callers of a URL', async () => {
    const fetch = fakeFetch(() => json({ n: 1 }, { etag: 'W/"a"' }));
    const cache = new RequestCache();
    const results = await Promise.all(Array.from({ length: 10 }, () => cache.get(URL_A, fetch)));
    expect(fetch.calls).toHaveLength(1);
    expect(new Set(results.map((result) => result.body)).size).toBe(1);
    expect(results[0]?.etag).toBe('W/"a"');
  });

  it('asks again for a different URL', async () => {
    const fetch = fakeFetch(() => json({}));
    const cache = new RequestCache();
    await Promise.all([cache.get(URL_A, fetch), cache.get(`${URL_A}?lang=fr`, fetch)]);
    expect(fetch.calls.map((call) => call.url)).toEqual([URL_A, `${URL_A}?lang=fr`]);
  });

  it('serves a held response without asking while it is younger than maxAge', async () => {
    let now = 1_000;
    const fetch = fakeFetch(() => json({ n: 1 }, { etag: 'W/"a"' }));
    const cache = new RequestCache(10, () => now);
    await cache.get(URL_A, fetch);
    now += 500;
    await cache.get(URL_A, fetch, { maxAge: 1_000 });
    await cache.get(URL_A, fetch);
    expect(fetch.calls).toHaveLength(1);
  });

  it('revalidates with If-None-Match once stale, and keeps the same body on 304', async () => {
    let now = 0;
    let version = 'W/"a"';
    const fetch = fakeFetch(({ headers }) =>
      headers['If-None-Match'] === version
        ? new Response(null, { status: 304 })
        : json({ version }, { etag: version }),
    );
    const cache = new RequestCache(10, () => now);
    const first = await cache.get(URL_A, fetch);
    now = 5_000;
    const second = await cache.get(URL_A, fetch, { maxAge: 1_000 });
    expect(fetch.calls[1]?.headers['If-None-Match']).toBe('W/"a"');
    expect(second.body).toBe(first.body);
    expect(second.validatedAt).toBe(5_000);

    version = 'W/"b"';
    now = 10_000;
    const third = await cache.get(URL_A, fetch, { maxAge: 1_000 });
    expect(third.body).toEqual({ version: 'W/"b"' });
    expect(third.etag).toBe('W/"b"');
    expect(fetch.calls).toHaveLength(3);
  });

  it('shares one revalidation between concurrent callers', async () => {
    let now = 0;
    const fetch = fakeFetch(({ headers }) =>
      headers['If-None-Match'] ? new Response(null, { status: 304 }) : json({}, { etag: 'W/"a"' }),
    );
    const cache = new RequestCache(10, () => now);
    await cache.get(URL_A, fetch);
    now = 60_000;
    await Promise.all(Array.from({ length: 5 }, () => cache.get(URL_A, fetch, { maxAge: 0 })));
    expect(fetch.calls).toHaveLength(2);
  });

  it('turns problem details into an ApiError and caches nothing', async () => {
    const problem = {
      type: '/docs/problems/invalid-parameters',
      title: 'Invalid request parameters',
      status: 400,
      detail: 'One parameter is invalid: lang',
      errors: [{ name: 'lang', in: 'query', reason: 'expected one of: en, fr, zh' }],
    };
    const fetch = fakeFetch(() => json(problem, { status: 400, type: 'application/problem+json' }));
    const cache = new RequestCache();
    const error = await cache.get(URL_A, fetch).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 400,
      title: 'Invalid request parameters',
      detail: 'One parameter is invalid: lang',
      type: '/docs/problems/invalid-parameters',
      errors: problem.errors,
      url: URL_A,
    });
    expect(cache.size).toBe(0);
    await cache.get(URL_A, fetch).catch(() => undefined);
    expect(fetch.calls).toHaveLength(2);
  });

  it('makes an ApiError of an error without a problem body', async () => {
    const fetch = fakeFetch(
      () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
    );
    const error = await new RequestCache().get(URL_A, fetch).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', errors: [] });
  });

  it('turns a failed fetch into a NetworkError', async () => {
    const fetch = fakeFetch(() => Promise.reject(new TypeError('Failed to fetch')));
    const error = await new RequestCache().get(URL_A, fetch).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect((error as NetworkError).message).toMatch(/Failed to fetch/);
  });

  it('keeps the held body when a revalidation fails', async () => {
    let now = 0;
    let down = false;
    const fetch = fakeFetch(() =>
      down ? Promise.reject(new TypeError('down')) : json({ n: 1 }, { etag: 'W/"a"' }),
    );
    const cache = new RequestCache(10, () => now);
    const first = await cache.get(URL_A, fetch);
    down = true;
    now = 10_000;
    await expect(cache.get(URL_A, fetch, { maxAge: 0 })).rejects.toBeInstanceOf(NetworkError);
    expect(cache.peek(URL_A)?.body).toBe(first.body);
    expect((await cache.get(URL_A, fetch)).body).toBe(first.body);
  });

  it('sends no credentials', async () => {
    let credentials: RequestCredentials | undefined;
    const cache = new RequestCache();
    await cache.get(URL_A, (_url, init) => {
      credentials = init.credentials;
      return Promise.resolve(json({}));
    });
    expect(credentials).toBe('omit');
  });

  it('forgets the least recently used URLs beyond its capacity', async () => {
    const fetch = fakeFetch(() => json({}));
    const cache = new RequestCache(2);
    await cache.get('http://x/1', fetch);
    await cache.get('http://x/2', fetch);
    await cache.get('http://x/1', fetch);
    await cache.get('http://x/3', fetch);
    expect(cache.size).toBe(2);
    expect(cache.peek('http://x/2')).toBeUndefined();
    expect(cache.peek('http://x/1')).toBeDefined();
  });
});
