import { ApiError, NetworkError, type Problem } from './api-error.js';

/** The part of `fetch` the cache uses; pass your own to test or to add headers. */
export type FetchLike = (url: string, init: RequestInit) => Promise<Response>;

/** A JSON response as the cache holds it. */
export interface CachedResponse<T = unknown> {
  readonly url: string;
  /** The parsed body; the same object for as long as the server answers 304 Not Modified. */
  readonly body: T;
  readonly etag: string | null;
  /** When the body was last fetched or confirmed by a 304 (milliseconds since the epoch). */
  readonly validatedAt: number;
}

export interface CacheGetOptions {
  /**
   * How old (in milliseconds) a held response may be before it is revalidated with a conditional request.
   * Default: no limit (a held response is used as it is).
   */
  readonly maxAge?: number;
}

interface Entry {
  value?: CachedResponse;
  inflight?: Promise<CachedResponse>;
}

function isProblem(value: unknown): value is Problem {
  return typeof value === 'object' && value !== null;
}

async function problemOf(response: Response): Promise<Problem> {
  try {
    const body: unknown = await response.json();
    return isProblem(body) ? body : {};
  } catch {
    return { title: response.statusText || undefined };
  }
}

/**
 * Responses by URL, shared by every client that is given the cache (in a page: every widget). Concurrent
 * requests for one URL share one fetch; a held response older than `maxAge` is revalidated with
 * `If-None-Match`, and a 304 keeps the held body. Failed requests are not cached (a held body stays).
 */
export class RequestCache {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly capacity = 200,
    private readonly now: () => number = () => Date.now(),
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /** The held response of a URL, without asking the server. */
  peek<T>(url: string): CachedResponse<T> | undefined {
    return this.entries.get(url)?.value as CachedResponse<T> | undefined;
  }

  get<T>(url: string, fetchImpl: FetchLike, options: CacheGetOptions = {}): Promise<CachedResponse<T>> {
    const entry = this.touch(url);
    if (entry.inflight) return entry.inflight as Promise<CachedResponse<T>>;
    const held = entry.value;
    const maxAge = options.maxAge ?? Number.POSITIVE_INFINITY;
    if (held && this.now() - held.validatedAt <= maxAge) {
      return Promise.resolve(held as CachedResponse<T>);
    }
    const inflight = this.request(url, fetchImpl, held).then(
      (value) => {
        entry.value = value;
        entry.inflight = undefined;
        return value;
      },
      (error: unknown) => {
        entry.inflight = undefined;
        if (!entry.value) this.entries.delete(url);
        throw error;
      },
    );
    entry.inflight = inflight;
    return inflight as Promise<CachedResponse<T>>;
  }

  delete(url: string): void {
    this.entries.delete(url);
  }

  clear(): void {
    this.entries.clear();
  }

  /** The entry of a URL, made the most recently used; the least recently used goes past the capacity. */
  private touch(url: string): Entry {
    const entry = this.entries.get(url) ?? {};
    this.entries.delete(url);
    this.entries.set(url, entry);
    for (const [key, old] of this.entries) {
      if (this.entries.size <= this.capacity) break;
      if (!old.inflight) this.entries.delete(key);
    }
    return entry;
  }

  private async request(
    url: string,
    fetchImpl: FetchLike,
    held: CachedResponse | undefined,
  ): Promise<CachedResponse> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (held?.etag) headers['If-None-Match'] = held.etag;
    let response: Response;
    try {
      response = await fetchImpl(url, { headers, credentials: 'omit' });
    } catch (error) {
      throw new NetworkError(url, error);
    }
    if (response.status === 304 && held) return { ...held, validatedAt: this.now() };
    if (!response.ok) throw new ApiError(url, response.status, await problemOf(response));
    let body: unknown;
    try {
      body = await response.json();
    } catch (error) {
      throw new NetworkError(url, error);
    }
    return { url, body, etag: response.headers.get('etag'), validatedAt: this.now() };
  }
}

/** The cache of this page (or process): every client uses it unless given another. */
export const sharedCache = new RequestCache();
