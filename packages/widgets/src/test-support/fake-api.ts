import { vi } from 'vitest';
import { fixtures } from './fixtures.js';
import { hardPage } from './hard-fixtures.js';

/** The origin of the fake API the tests point widgets at (`api="http://api.test"`). */
export const API = 'http://api.test';

type Lang = 'en' | 'fr' | 'zh';

/** The fixture that answers a request to the fake API, or undefined (404). */
function answer(url: URL): unknown {
  const lang = (url.searchParams.get('lang') ?? 'en') as Lang;
  const path = url.pathname;
  if (path === '/v1/partners') return fixtures.partners;
  if (path === '/v1/partners/RUS') return lang === 'zh' ? fixtures.partnerRusZh : fixtures.partnerRusEn;
  if (path === '/v1/hard-connectivity') return hardPage;
  if (path === '/v1/tallies') return lang === 'zh' ? fixtures.talliesZh : fixtures.talliesEn;
  if (path === '/v1/agreements') {
    return { en: fixtures.agreements, fr: fixtures.agreementsFr, zh: fixtures.agreementsZh }[lang];
  }
  if (path.startsWith('/v1/agreements/')) return fixtures.agreementDetail;
  if (path === '/v1/indicators/bri_share') return fixtures.indicatorShareFr;
  if (path === '/v1/indicators/agreements') {
    const groupBy = url.searchParams.get('group_by');
    if (groupBy === 'year') return lang === 'zh' ? fixtures.indicatorYearZh : fixtures.indicatorYearEn;
    if (groupBy === 'type') {
      return { en: fixtures.indicatorTypeEn, fr: fixtures.indicatorTypeFr, zh: fixtures.indicatorTypeZh }[
        lang
      ];
    }
    return fixtures.indicatorTotalEn;
  }
  return undefined;
}

export interface FakeApi {
  /** Every URL fetched, in order (the fake API's and any other). */
  readonly calls: string[];
  /** The If-None-Match header of each call to the fake API. */
  readonly conditions: (string | null)[];
  /** How many times a URL was fetched. */
  count(url: string): number;
  /** Makes the fake API answer differently from now on (a new body for a path, or a status). */
  override(path: string, body: unknown, status?: number): void;
}

/**
 * Replaces `fetch` for the test: requests to http://api.test are answered from the fixtures, with weak
 * ETags and 304s for conditional requests; other requests (geometry files, a closed port) go through.
 */
export function fakeApi(): FakeApi {
  const original = globalThis.fetch.bind(globalThis);
  const calls: string[] = [];
  const conditions: (string | null)[] = [];
  const overrides = new Map<string, { body: unknown; status: number; version: number }>();
  let version = 0;
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    calls.push(url.href);
    if (url.origin !== API) return original(input, init);
    const headers = new Headers(init?.headers);
    conditions.push(headers.get('If-None-Match'));
    await new Promise((resolve) => setTimeout(resolve, 5));
    const override = overrides.get(url.pathname);
    const body = override ? override.body : answer(url);
    const status = override?.status ?? (body === undefined ? 404 : 200);
    const etag = `W/"${url.pathname}${url.search}#${override?.version ?? 0}"`;
    if (status === 200 && headers.get('If-None-Match') === etag) return new Response(null, { status: 304 });
    const json = body ?? fixtures.problem404;
    return new Response(JSON.stringify(json), {
      status,
      headers: {
        'Content-Type': status === 200 ? 'application/json' : 'application/problem+json',
        ...(status === 200 ? { ETag: etag } : {}),
      },
    });
  });
  return {
    calls,
    conditions,
    count: (url) => calls.filter((call) => call === url).length,
    override(path, body, status = 200) {
      overrides.set(path, { body, status, version: ++version });
    },
  };
}
