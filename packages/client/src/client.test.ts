import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-error.js';
import { createClient } from './client.js';
import { RequestCache } from './request-cache.js';
import { fakeFetch, json, release } from './test-support/fake-fetch.js';

const BASE = 'http://api.test';

describe('createClient', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('builds the URL of each read route', async () => {
    const fetch = fakeFetch(() => json({ release, items: [], total: 0 }));
    const client = createClient({ baseUrl: `${BASE}/`, fetch, cache: new RequestCache() });
    await client.listAgreements({ partner: 'RUS', from: 2013, include_adjacent: true });
    await client.getAgreement('sac-din-1979');
    await client.listPartners({ lang: 'zh', region: '150' });
    await client.getPartner('CEN-CENELEC', { lang: 'fr' });
    await client.listIndicators({ lang: 'en' });
    await client.getIndicator('agreements', { group_by: 'year', lang: 'fr', release: '1.0.0' });
    await client.listTallies({ series: 'cumulative' });
    await client.listReleases();
    await client.getRelease('1.0.0');
    await client.cite({ partner: 'RUS' });
    expect(fetch.calls.map((call) => call.url)).toEqual([
      `${BASE}/v1/agreements?from=2013&include_adjacent=true&partner=RUS`,
      `${BASE}/v1/agreements/sac-din-1979`,
      `${BASE}/v1/partners?lang=zh&region=150`,
      `${BASE}/v1/partners/CEN-CENELEC?lang=fr`,
      `${BASE}/v1/indicators?lang=en`,
      `${BASE}/v1/indicators/agreements?group_by=year&lang=fr&release=1.0.0`,
      `${BASE}/v1/tallies?series=cumulative`,
      `${BASE}/v1/releases`,
      `${BASE}/v1/releases/1.0.0`,
      `${BASE}/v1/cite?format=json&partner=RUS`,
    ]);
    expect(fetch.calls.every((call) => call.headers['Accept'] === 'application/json')).toBe(true);
  });

  it('builds the URLs of the hard-connectivity reads', async () => {
    const fetch = fakeFetch(() => json({ release, items: [], total: 0 }));
    const client = createClient({ baseUrl: BASE, fetch, cache: new RequestCache() });
    await client.listHardConnectivity({
      partner: 'KEN',
      from: 2010,
      kind: 'construction',
      cursor: 'KEN-2012',
    });
    await client.getSoftHard({ lang: 'zh', basis: 'verified' });
    await client.getPatchwork({ period: '2013-2019', region: '002', layout: false });
    expect(fetch.calls.map((call) => call.url)).toEqual([
      `${BASE}/v1/hard-connectivity?cursor=KEN-2012&from=2010&kind=construction&partner=KEN`,
      `${BASE}/v1/indicators/soft-hard?basis=verified&lang=zh`,
      `${BASE}/v1/indicators/patchwork?layout=false&period=2013-2019&region=002`,
    ]);
  });

  it('builds cite and data package links', () => {
    const client = createClient({ baseUrl: BASE, cache: new RequestCache() });
    expect(client.citeUrl({ partner: 'RUS', release: '1.0.0' })).toBe(
      `${BASE}/v1/cite?partner=RUS&release=1.0.0`,
    );
    expect(client.citeUrl({}, 'bibtex')).toBe(`${BASE}/v1/cite?format=bibtex`);
    expect(client.dataPackageUrl('1.0.0')).toBe(`${BASE}/v1/releases/1.0.0/datapackage.zip`);
  });

  it('encodes ids in paths', async () => {
    const fetch = fakeFetch(() => json({}));
    const client = createClient({ baseUrl: BASE, fetch, cache: new RequestCache() });
    await client.getPartner('A/B?c');
    expect(fetch.calls[0]?.url).toBe(`${BASE}/v1/partners/A%2FB%3Fc`);
  });

  it('shares one request between clients given the same cache', async () => {
    const fetch = fakeFetch(() => json({ release, lang: 'en', total: 0, items: [] }));
    const cache = new RequestCache();
    const clients = Array.from({ length: 10 }, () => createClient({ baseUrl: BASE, fetch, cache }));
    const bodies = await Promise.all(clients.map((client) => client.listPartners({ lang: 'en' })));
    expect(fetch.calls).toHaveLength(1);
    expect(new Set(bodies).size).toBe(1);
  });

  it('uses the global fetch, looked up at each request, when none is given', async () => {
    const first = vi.fn(() => Promise.resolve(json({ n: 1 })));
    vi.stubGlobal('fetch', first);
    const client = createClient({ baseUrl: BASE, cache: new RequestCache() });
    await client.listReleases();
    const second = vi.fn(() => Promise.resolve(json({ n: 2 })));
    vi.stubGlobal('fetch', second);
    await client.getRelease('1.0.0');
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('walks every page of agreements', async () => {
    const fetch = fakeFetch(({ url }) => {
      const cursor = new URL(url).searchParams.get('cursor');
      if (!cursor) return json({ release, total: 3, next: 'p2', items: [{ id: 'a' }, { id: 'b' }] });
      return json({ release, total: 3, next: null, items: [{ id: 'c' }] });
    });
    const client = createClient({ baseUrl: BASE, fetch, cache: new RequestCache() });
    const all = await client.listAllAgreements({ type: 'mou', limit: 2 });
    expect(all.items.map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(all.total).toBe(3);
    expect(fetch.calls.map((call) => call.url)).toEqual([
      `${BASE}/v1/agreements?limit=2&type=mou`,
      `${BASE}/v1/agreements?cursor=p2&limit=2&type=mou`,
    ]);
  });

  it('asks for pages of 200 by default', async () => {
    const fetch = fakeFetch(() => json({ release, total: 0, next: null, items: [] }));
    const client = createClient({ baseUrl: BASE, fetch, cache: new RequestCache() });
    await client.listAllAgreements();
    expect(fetch.calls[0]?.url).toBe(`${BASE}/v1/agreements?limit=200`);
  });

  it('rejects with a typed ApiError on a 404 problem', async () => {
    const fetch = fakeFetch(() =>
      json(
        { type: '/docs/problems/not-found', title: 'Not found', status: 404, detail: 'No partner XXX' },
        { status: 404, type: 'application/problem+json' },
      ),
    );
    const client = createClient({ baseUrl: BASE, fetch, cache: new RequestCache() });
    const error = await client.getPartner('XXX').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, title: 'Not found', detail: 'No partner XXX' });
  });

  it('revalidates through the client when maxAge has passed', async () => {
    let now = 0;
    const fetch = fakeFetch(({ headers }) =>
      headers['If-None-Match'] ? new Response(null, { status: 304 }) : json({ release }, { etag: 'W/"x"' }),
    );
    const client = createClient({ baseUrl: BASE, fetch, cache: new RequestCache(10, () => now) });
    const first = await client.listTallies();
    now = 61_000;
    const second = await client.listTallies({}, { maxAge: 60_000 });
    expect(second).toBe(first);
    expect(fetch.calls.map((call) => call.headers['If-None-Match'])).toEqual([undefined, 'W/"x"']);
  });
});
