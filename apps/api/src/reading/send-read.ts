import type { Request, Response } from 'express';
import type { AppDeps } from '../deps.js';
import { chooseContentCoding } from '../http/accept-encoding.js';
import { encodedByRoute } from '../http/compress.js';
import { notModified, representationTag } from '../http/conditional-get.js';
import { encodeBody, encodedTag } from '../http/encode-body.js';
import type { Principal } from '../http/principal.js';
import {
  applyReadHeaders,
  releaseRef,
  resolveRead,
  stateKey,
  type ReadContext,
  type ReleaseRef,
} from './read-context.js';
import { encodeRecord } from './json-text.js';
import type { ReadQuery } from './read-query.js';
import { responseCacheOf } from './response-cache.js';

export interface ReadRequest {
  readonly req: Request;
  readonly res: Response;
  readonly query: ReadQuery;
  readonly principal: Principal | null;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * The common path of every JSON read: resolve the release (or draft), name it in the headers, choose the
 * content coding from Accept-Encoding (brotli, gzip or identity; `Vary: Accept-Encoding`), answer 304 when
 * the client's ETag for that coding matches, otherwise send the body with `release` first — from the app's
 * response cache when a published read was built (and encoded) before. `build` must depend on nothing but
 * the context and the request's path and query (the ETag names exactly those), never on the caller; its
 * top-level values may be JsonText (UTF-8 bytes, written as they are).
 */
export async function sendRead(
  deps: AppDeps,
  request: ReadRequest,
  build: (
    context: ReadContext,
  ) => Promise<Readonly<Record<string, unknown>>> | Readonly<Record<string, unknown>>,
  variant = 'json',
): Promise<void> {
  const { req, res } = request;
  const context = await resolveRead(deps.db, request.query, request.principal);
  applyReadHeaders(res, context);
  const coding = chooseContentCoding(req.get('accept-encoding'));
  res.vary('Accept-Encoding');
  encodedByRoute(res);
  const tag = representationTag(stateKey(context), req, variant);
  const etag = encodedTag(tag, coding);
  if (notModified(req, res, etag)) return;
  const cache = context.kind === 'release' ? responseCacheOf(req.app) : null;
  let body = cache?.get(tag, coding);
  if (!body) {
    let identity = coding === 'identity' ? undefined : cache?.get(tag, 'identity');
    if (!identity) {
      const release: ReleaseRef = releaseRef(context);
      identity = encodeRecord({ release, ...(await build(context)) });
      cache?.set(tag, 'identity', identity);
    }
    body = encodeBody(identity, coding);
    if (coding !== 'identity') cache?.set(tag, coding, body);
  }
  res.setHeader('Content-Type', JSON_TYPE);
  if (coding !== 'identity') res.setHeader('Content-Encoding', coding);
  res.send(body);
  // The next such request is answered from the cache before the chain (answerCachedReads).
  if (cache && context.kind === 'release' && request.principal === null) {
    cache.replies.record(req, res, {
      tag,
      coding,
      etag,
      latest: context.pinned ? null : context.release.id,
    });
  }
}
