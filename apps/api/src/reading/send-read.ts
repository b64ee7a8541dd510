import type { Request, Response } from 'express';
import type { AppDeps } from '../deps.js';
import { notModified, representationTag } from '../http/conditional-get.js';
import type { Principal } from '../http/principal.js';
import {
  applyReadHeaders,
  releaseRef,
  resolveRead,
  stateKey,
  type ReadContext,
  type ReleaseRef,
} from './read-context.js';
import type { ReadQuery } from './read-query.js';

export interface ReadRequest {
  readonly req: Request;
  readonly res: Response;
  readonly query: ReadQuery;
  readonly principal: Principal | null;
}

/**
 * The common path of every JSON read: resolve the release (or draft), name it in the headers, answer 304
 * when the client's ETag matches, otherwise build the body and send it with `release` first.
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
  if (notModified(req, res, representationTag(stateKey(context), req, variant))) return;
  const body = await build(context);
  const release: ReleaseRef = releaseRef(context);
  res.json({ release, ...body });
}
