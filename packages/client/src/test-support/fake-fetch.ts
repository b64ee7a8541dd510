import type { FetchLike } from '../request-cache.js';

export interface FakeCall {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
}

export type FakeHandler = (call: FakeCall) => Response | Promise<Response>;

/** A fetch that records every call and answers with the handler. */
export function fakeFetch(handler: FakeHandler): FetchLike & { readonly calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const fetchImpl = async (url: string, init: RequestInit) => {
    const call = { url, headers: { ...(init.headers as Record<string, string>) } };
    calls.push(call);
    await Promise.resolve();
    return handler(call);
  };
  return Object.assign(fetchImpl, { calls });
}

export function json(body: unknown, init: { status?: number; etag?: string; type?: string } = {}): Response {
  const headers = new Headers({ 'Content-Type': init.type ?? 'application/json' });
  if (init.etag) headers.set('ETag', init.etag);
  return new Response(JSON.stringify(body), { status: init.status ?? 200, headers });
}

export const release = { id: '1.0.0', published_at: '2026-11-28T12:00:00.000Z' };
