import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Db } from '@sco/db';
import type { Express } from 'express';
import { noneMatchHits } from '../http/conditional-get.js';
import { requestIdOf, type RequestLog } from '../http/request-log.js';
import type { ServerLifecycle } from '../http/server-lifecycle.js';
import type { TurnBudget } from '../http/share-the-loop.js';
import { plainRawHeaders, replyKey } from './cached-replies.js';
import { writeKeptHead } from './kept-head.js';
import { releaseLookup } from './release-lookup.js';
import type { ResponseCache } from './response-cache.js';

/** What the answer of a kept reply before Express shares with the app's chain. */
export interface BeforeExpress {
  readonly db: Db;
  readonly cache: ResponseCache;
  /** The request log: the same id and line as the chain's first middleware. */
  readonly log: RequestLog;
  /** The turn budget of `shareTheLoop`: answers before Express count in the same turns. */
  readonly budget: TurnBudget;
  /** Draining: while it lasts, every request goes to the chain, which refuses it (503). */
  readonly lifecycle: ServerLifecycle;
}

/**
 * Answers a request from its kept reply (`CachedReplies`) at the level of node:http, before Express has
 * touched it — no prototypes swapped, no router, no middleware — when it can be answered at once, exactly as
 * the chain's answer (`answerCachedReads`) would: the request id and log line of the request log, the same
 * status (200, or 304 when If-None-Match names the tag), the same headers in the same order (written in one
 * `writeKeptHead` of the reply's prebuilt head) and the same bytes in one `end`. Returns false, and leaves the
 * request untouched, for everything else, which the chain answers as before: no kept reply; an expensive
 * read (its rate limiter is Express's); a key, a body or a cookie; draining (503); a latest release not known
 * without asking the database (PostgreSQL asks on every read), or no longer the reply's; a body that has
 * left the response cache; a turn of the event loop whose budget is spent (the chain defers the request).
 * A reply found but not used is handed to the chain's answer, so that a request is looked up once.
 */
export function answerKeptReply(before: BeforeExpress, req: IncomingMessage, res: ServerResponse): boolean {
  const replies = before.cache.replies;
  if (replies.size === 0) return false;
  const started = process.hrtime.bigint();
  const method = req.method ?? '';
  const url = req.url ?? '';
  const headers = req.headers;
  const reply = replies.get(replyKey(method, url, headers));
  if (!reply) return false;
  const answerable =
    reply.limitAt === -1 &&
    plainRawHeaders(headers) &&
    !before.lifecycle.draining &&
    (reply.latest === null || releaseLookup(before.db).latestKnown()?.release?.id === reply.latest);
  const fresh = answerable && noneMatchHits(headers['if-none-match'], reply.etag);
  const body = answerable && !fresh ? before.cache.get(reply.tag, reply.coding) : undefined;
  if (!answerable || (!fresh && body === undefined) || !before.budget.hasRoom()) {
    replies.handOver(req, reply);
    return false;
  }
  const id = requestIdOf(req);
  before.log.follow(req, res, id, url, started);
  if (fresh) writeKeptHead(res, 304, id, reply.notModifiedHead);
  else writeKeptHead(res, 200, id, reply.okHead);
  if (body === undefined || method === 'HEAD') res.end();
  else res.end(body);
  return true;
}

/** What Express's app function calls for each request: its `handle`, which Express's types do not declare. */
interface Handling {
  handle?: (req: IncomingMessage, res: ServerResponse, next?: (error?: unknown) => void) => void;
}

/**
 * Makes `app` answer kept replies before Express (`answerKeptReply`) on every server it is given to —
 * main.ts's, `app.listen`'s, a test's — by wrapping the app's own `handle`, which Express's app function
 * calls for each request; everything not answered there goes to Express unchanged.
 */
export function answerBeforeExpress(app: Express, before: BeforeExpress): void {
  const handling = app as unknown as Handling;
  const handle = handling.handle;
  if (handle === undefined) throw new Error('answerBeforeExpress: this Express app has no handle()');
  handling.handle = (req, res, next) => {
    if (!answerKeptReply(before, req, res)) handle.call(app, req, res, next);
  };
}
