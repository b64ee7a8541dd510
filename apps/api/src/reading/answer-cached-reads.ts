import type { Db } from '@sco/db';
import type { RequestHandler } from 'express';
import { noneMatchHits } from '../http/conditional-get.js';
import { plainHeaders, replyKey, type HeaderField } from './cached-replies.js';
import { releaseLookup } from './release-lookup.js';
import type { ResponseCache } from './response-cache.js';

/** Sets `fields[from, to)` on a response, in their order. */
function setFields(
  res: Parameters<RequestHandler>[1],
  fields: readonly HeaderField[],
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i++) {
    const field = fields[i];
    if (field) res.setHeader(field[0], field[1]);
  }
}

/**
 * Answers a published read that its route answered before, as the route would, without the chain between:
 * the same status (200, or 304 when If-None-Match names its ETag), the same headers in the same order and
 * the same body, from the reply kept for the same method, URL, Accept and Accept-Encoding (`CachedReplies`)
 * and the body kept in the response cache. Placed after what every request needs (request id and log line,
 * the turn budget, draining); it stands for the rest for such a request: compression (the read chose its
 * coding), the security and CORS headers (constant, kept in the reply), the body parser and the input
 * checks (a replayable request has no body, and its URL passed them), authentication (no API key or session
 * to read), and the route. An expensive read is still counted by its rate limit, whose headers are set where
 * the chain sets them, and refused when over it. A reply of the latest release is used only while that
 * release is still the latest (the same lookup as the route's); anything else goes through the chain. Most
 * hits never reach it: `answerBeforeExpress` answers them before Express, and leaves here those it cannot
 * answer at once (an expensive read, a latest release still to be looked up, a spent turn budget, a cookie).
 */
export function answerCachedReads(
  db: Db,
  cache: ResponseCache,
  expensiveReads: RequestHandler,
): RequestHandler {
  const replies = cache.replies;
  return async (req, res, next) => {
    // Only replayable requests are kept (CachedReplies.record): with the same method and URL, one whose
    // headers are plain is replayable too.
    // A reply the answer before Express found but left to the chain (answerBeforeExpress) is not looked up
    // again.
    const reply =
      replies.handedOverFor(req) ??
      (replies.size === 0 ? undefined : replies.get(replyKey(req.method, req.url, req.headers)));
    if (!reply || !plainHeaders(req)) {
      next();
      return;
    }
    if (reply.latest !== null) {
      let latest;
      try {
        latest = await releaseLookup(db).latest();
      } catch {
        // The route looks it up again and answers the failure as it does.
        next();
        return;
      }
      if (latest?.id !== reply.latest) {
        next();
        return;
      }
    }
    const fresh = noneMatchHits(req.headers['if-none-match'], reply.etag);
    const body = fresh ? undefined : cache.get(reply.tag, reply.coding);
    if (!fresh && !body) {
      next();
      return;
    }
    const fields = fresh ? reply.notModified : reply.ok;
    let from = 0;
    if (reply.limitAt !== -1) {
      setFields(res, fields, 0, reply.limitAt);
      from = reply.limitAt;
      const refused = await new Promise<unknown>((resolve) => {
        void expensiveReads(req, res, resolve);
      });
      if (refused !== undefined) {
        next(refused);
        return;
      }
    }
    setFields(res, fields, from, fields.length);
    res.statusCode = fresh ? 304 : 200;
    if (body === undefined || req.method === 'HEAD') res.end();
    else res.end(body);
  };
}
