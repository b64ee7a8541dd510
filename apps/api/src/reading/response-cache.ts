import type { Express, Request } from 'express';

export interface ResponseCacheLimits {
  /** Most bytes of bodies held at once. */
  readonly maxBytes: number;
  /** Bodies larger than this are not kept. */
  readonly maxEntryBytes: number;
}

export const DEFAULT_RESPONSE_CACHE_LIMITS: ResponseCacheLimits = {
  maxBytes: 32 * 1024 * 1024,
  maxEntryBytes: 2 * 1024 * 1024,
};

/**
 * Serialised JSON bodies of published reads, keyed by their representation ETag: the tag names the release,
 * the path, the query and the variant, which is everything such a body depends on, so a body found under
 * its tag is the body the read would build. Drafts are never stored (their readers are editors, and they
 * change with every edit). Bounded in bytes; the least recently used body goes first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Buffer>();
  private held = 0;

  constructor(readonly limits: ResponseCacheLimits = DEFAULT_RESPONSE_CACHE_LIMITS) {}

  /** Bytes of bodies held. */
  get bytes(): number {
    return this.held;
  }

  /** Bodies held. */
  get size(): number {
    return this.entries.size;
  }

  get(tag: string): Buffer | undefined {
    const body = this.entries.get(tag);
    if (body) {
      this.entries.delete(tag);
      this.entries.set(tag, body);
    }
    return body;
  }

  set(tag: string, body: Buffer): void {
    if (body.byteLength > this.limits.maxEntryBytes) return;
    this.delete(tag);
    this.entries.set(tag, body);
    this.held += body.byteLength;
    for (const [oldest, old] of this.entries) {
      if (this.held <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.held -= old.byteLength;
    }
  }

  private delete(tag: string): void {
    const body = this.entries.get(tag);
    if (!body) return;
    this.entries.delete(tag);
    this.held -= body.byteLength;
  }
}

const LOCAL = 'responseCache';

/** Gives the app its response cache (createApp does, unless turned off). */
export function attachResponseCache(app: Express, cache: ResponseCache): void {
  app.locals[LOCAL] = cache;
}

/** The response cache of the app a request reached, if it has one. */
export function responseCacheOf(app: Request['app']): ResponseCache | null {
  const cache: unknown = app.locals[LOCAL];
  return cache instanceof ResponseCache ? cache : null;
}
