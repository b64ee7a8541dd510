import { setTimeout as sleep } from 'node:timers/promises';
import { expect } from 'vitest';
import { call } from './http.js';
import type { Sent } from './traffic.js';

/** Seconds the API asks clients to wait while the database does not answer (its DATABASE_RETRY_AFTER_S). */
const RETRY_AFTER_S = '5';

/**
 * The answers given while the database was down: some 503 and otherwise 2xx (a request answered just
 * before), never a 500 or a 4xx; each 503 a problem+json with Retry-After, /readyz saying not ready and every other
 * route database-unavailable, and at least one of those.
 */
export function expectDatabaseUnavailable(during: readonly Sent[]): void {
  const unavailable = during.filter((answer) => answer.status === 503);
  expect(unavailable.length).toBeGreaterThan(0);
  const succeeded = (status: number) => status >= 200 && status < 300;
  expect(during.filter((answer) => answer.status !== 503 && !succeeded(answer.status))).toEqual([]);
  for (const answer of unavailable) {
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.headers.get('retry-after')).toBe(RETRY_AFTER_S);
    expect(answer.json()).toMatchObject({
      status: 503,
      type: answer.path === '/readyz' ? '/docs/problems/not-ready' : '/docs/problems/database-unavailable',
    });
  }
  expect(unavailable.some((answer) => answer.path !== '/readyz')).toBe(true);
}

/** Asks `path` every 250 ms until it answers 200 or `boundMs` have passed; its last status. */
export async function statusOnceBack(origin: string, path: string, boundMs = 30_000): Promise<number> {
  let status = 0;
  for (let waited = 0; waited < boundMs && status !== 200; waited += 250) {
    status = (await call(origin, path)).status;
    if (status !== 200) await sleep(250);
  }
  return status;
}
