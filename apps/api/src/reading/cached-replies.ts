import type { IncomingHttpHeaders, IncomingMessage, OutgoingHttpHeader } from 'node:http';
import type { Request, Response } from 'express';
import { acceptsSession } from '../auth/session-cookie.js';
import type { ContentCoding } from '../http/accept-encoding.js';
import { asksForBrief } from '../http/rate-limits.js';
import { keptHead, type HeaderField, type KeptHead } from './kept-head.js';

export type { HeaderField } from './kept-head.js';

/**
 * How a published read of one request was answered, to answer the same request again without the chain:
 * the headers of its 200 and of its 304 in the order the chain set them (without the request id, which
 * every response gets anew, and without the rate-limit headers, which the limiter sets on each request at
 * `limitAt`), and where its body is kept in the response cache.
 */
export interface CachedReply {
  readonly tag: string;
  readonly coding: ContentCoding;
  /** The ETag sent: the representation's tag for its coding. */
  readonly etag: string;
  /** The release it was built from when it read the latest release; null when the request pinned one. */
  readonly latest: string | null;
  readonly ok: readonly HeaderField[];
  readonly notModified: readonly HeaderField[];
  /** Where an expensive read's RateLimit headers were set, or -1 when no limiter counted the request. */
  readonly limitAt: number;
  /**
   * The head of the 200 and of the 304, built once (`keptHead`): the request id first, as the request log
   * sets it, its value given by each answer, then `ok` or `notModified` (written by `writeKeptHead`).
   */
  readonly okHead: KeptHead;
  readonly notModifiedHead: KeptHead;
}

/** Longest request key kept: longer requests go through the chain every time. */
export const MAX_REPLY_KEY = 2048;

/** Stands for a request header the request did not send (no header value can hold U+0001). */
const ABSENT = '\u0001';

/** Request headers every read may depend on: Accept (format, 406) and Accept-Encoding (coding). */
const KEYED = new Set(['accept', 'accept-encoding']);

/** Response headers set anew on every request: the request id (request log) and the rate limits. */
const PER_REQUEST = /^(?:x-request-id|ratelimit|ratelimit-policy)$/i;
const RATE_LIMIT = /^ratelimit/i;

/**
 * Whether a request's headers leave the chain before a read's route nothing to do that `replyKey` does not
 * name: no body (so the body parser and the body's checks have nothing to read), no API key (a bad one is a
 * 401) and no session cookie on a path that reads one. Of a GET or HEAD.
 */
export function plainHeaders(req: Request): boolean {
  const headers = req.headers;
  return (
    headers.authorization === undefined &&
    headers['content-length'] === undefined &&
    headers['transfer-encoding'] === undefined &&
    (headers.cookie === undefined || !acceptsSession(req.path))
  );
}

/**
 * `plainHeaders` as far as the headers alone tell, before Express has parsed the path: no body, no API key
 * and no cookie at all (whether the path reads a session is left to the chain).
 */
export function plainRawHeaders(headers: IncomingHttpHeaders): boolean {
  return (
    headers.authorization === undefined &&
    headers['content-length'] === undefined &&
    headers['transfer-encoding'] === undefined &&
    headers.cookie === undefined
  );
}

/**
 * Whether the chain before a read's route would pass a request on, and the route answer it, from what
 * `replyKey` names alone: a GET or HEAD with plain headers that does not ask for a brief (counted by the
 * briefs' limit).
 */
export function replayable(req: Request): boolean {
  const method = req.method;
  return (method === 'GET' || method === 'HEAD') && plainHeaders(req) && !asksForBrief(req);
}

/** The request as the key of its reply: method, URL as sent, Accept and Accept-Encoding as sent. */
export function replyKey(method: string, url: string, headers: IncomingHttpHeaders): string {
  return `${method} ${url}\n${headers.accept ?? ABSENT}\n${headers['accept-encoding'] ?? ABSENT}`;
}

/** The names a Vary header lists, lower case. */
function varied(vary: OutgoingHttpHeader | undefined): string[] {
  if (vary === undefined) return [];
  const text = Array.isArray(vary) ? vary.join(',') : String(vary);
  return text
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter((name) => name !== '');
}

/**
 * The names of the headers set on a response, as written, in the order set: Node's OutgoingMessage has
 * getRawHeaderNames (since 15.13), which @types/node declares on ClientRequest only.
 */
function rawHeaderNames(res: Response): string[] {
  const raw = (res as unknown as { getRawHeaderNames?: () => string[] }).getRawHeaderNames;
  return typeof raw === 'function' ? raw.call(res) : res.getHeaderNames();
}

/**
 * The replies of published reads lately answered by their route, by request (`replyKey`): at most
 * `maxEntries`, the least recently used first out. A reply holds no body: the body stays in the response
 * cache under its tag and coding, within that cache's bound, and a reply whose body has left it is not
 * used.
 */
export class CachedReplies {
  private readonly entries = new Map<string, CachedReply>();
  /** Replies found for requests the answer before Express left to the chain (see handOver). */
  private readonly handedOver = new WeakMap<IncomingMessage, CachedReply>();

  constructor(readonly maxEntries = 1024) {}

  get size(): number {
    return this.entries.size;
  }

  get(key: string): CachedReply | undefined {
    const reply = this.entries.get(key);
    if (reply) {
      this.entries.delete(key);
      this.entries.set(key, reply);
    }
    return reply;
  }

  /**
   * Leaves the reply found for a request to the chain's own answer (answerCachedReads), which takes it from
   * here instead of looking again: a request is looked up once, wherever it is answered.
   */
  handOver(req: IncomingMessage, reply: CachedReply): void {
    this.handedOver.set(req, reply);
  }

  /** The reply handed over for a request, if any (see handOver). */
  handedOverFor(req: IncomingMessage): CachedReply | undefined {
    return this.handedOver.get(req);
  }

  /**
   * Keeps how the route just answered a published read with 200 (`res` has sent its headers), when the
   * request is replayable and the response varies on nothing but Accept and Accept-Encoding.
   */
  record(req: Request, res: Response, reply: Pick<CachedReply, 'tag' | 'coding' | 'etag' | 'latest'>): void {
    if (res.statusCode !== 200 || !res.headersSent || !replayable(req)) return;
    const key = replyKey(req.method, req.originalUrl, req.headers);
    if (key.length > MAX_REPLY_KEY) return;
    if (!varied(res.getHeader('vary')).every((name) => KEYED.has(name))) return;
    const ok: HeaderField[] = [];
    let limitAt = -1;
    let etagAt = -1;
    for (const name of rawHeaderNames(res)) {
      const value = res.getHeader(name);
      if (value === undefined) continue;
      if (PER_REQUEST.test(name)) {
        if (limitAt === -1 && RATE_LIMIT.test(name)) limitAt = ok.length;
        continue;
      }
      if (name.toLowerCase() === 'etag') etagAt = ok.length;
      ok.push([name, value]);
    }
    // A 304 carries what was set up to the ETag (RFC 9110 §15.4.5); the body's own headers come after it.
    if (etagAt === -1 || limitAt > etagAt) return;
    const notModified = ok.slice(0, etagAt + 1);
    this.entries.delete(key);
    this.entries.set(key, {
      ...reply,
      ok,
      notModified,
      limitAt,
      okHead: keptHead(ok),
      notModifiedHead: keptHead(notModified),
    });
    if (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next();
      if (!oldest.done) this.entries.delete(oldest.value);
    }
  }
}
