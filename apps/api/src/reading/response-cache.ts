import type { ContentCoding } from '../http/accept-encoding.js';
import type { Express, Request } from 'express';
import { CachedReplies } from './cached-replies.js';

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
 * Serialised JSON bodies of published reads, keyed by their representation ETag and content coding: the
 * tag names the release, the path, the query and the variant, which is everything such a body depends on,
 * so a body found under its tag is the body the read would build; each coding (identity, br, gzip) is kept
 * beside the others, so a compressed read is compressed once, not on every hit. Drafts are never stored
 * (their readers are editors, and they change with every edit). Bounded in bytes over every coding; the
 * least recently used body goes first.
 */
export class ResponseCache {
  private readonly entries = new Map<string, Buffer>();
  private held = 0;
  /** How the reads whose bodies are held here were answered, to answer them again (answerCachedReads). */
  readonly replies = new CachedReplies();

  constructor(readonly limits: ResponseCacheLimits = DEFAULT_RESPONSE_CACHE_LIMITS) {}

  /** Bytes of bodies held. */
  get bytes(): number {
    return this.held;
  }

  /** Bodies held (each coding of a representation counts as one). */
  get size(): number {
    return this.entries.size;
  }

  get(tag: string, coding: ContentCoding = 'identity'): Buffer | undefined {
    const key = keyOf(tag, coding);
    const body = this.entries.get(key);
    if (body) {
      this.entries.delete(key);
      this.entries.set(key, body);
    }
    return body;
  }

  set(tag: string, coding: ContentCoding, body: Buffer): void {
    if (body.byteLength > this.limits.maxEntryBytes) return;
    const key = keyOf(tag, coding);
    this.delete(key);
    this.entries.set(key, body);
    this.held += body.byteLength;
    for (const [oldest, old] of this.entries) {
      if (this.held <= this.limits.maxBytes) break;
      this.entries.delete(oldest);
      this.held -= old.byteLength;
    }
  }

  private delete(key: string): void {
    const body = this.entries.get(key);
    if (!body) return;
    this.entries.delete(key);
    this.held -= body.byteLength;
  }
}

/** A tag never holds a space (RFC 9110 §8.8.3), so `coding tag` names one body unambiguously. */
function keyOf(tag: string, coding: ContentCoding): string {
  return `${coding} ${tag}`;
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
