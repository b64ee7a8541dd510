import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { notModified, representationTag } from '../http/conditional-get.js';
import { negotiate } from '../http/negotiation.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import { z } from '../openapi/zod.js';
import { applyReadHeaders, resolveRead, stateKey } from '../reading/read-context.js';
import { releaseLedger } from '../releases/release-ledger.js';
import { renderAtomFeed } from './atom.js';
import { buildFeed } from './feed.service.js';
import { requestOrigin } from './request-origin.js';

/** Atom first; plain XML types for clients that ask only for those. */
const FEED_TYPES = ['application/atom+xml', 'application/xml', 'text/xml'] as const;

/** /v1/feed.atom: releases and the agreements they add, for feed readers. */
export function feedRoutes(router: Router, registry: ApiRegistry, deps: AppDeps): void {
  const ledger = releaseLedger(deps.db);
  route(router, registry, {
    method: 'get',
    path: '/v1/feed.atom',
    operationId: 'feed',
    summary: 'Atom feed of releases and new agreements',
    description:
      'An Atom 1.0 feed: each release, and each agreement a release added, newest first, at most 50 entries. Links are absolute, on the host the request reached.',
    tags: ['releases'],
    query: z.strictObject({}),
    responses: {
      200: {
        description: 'The feed',
        content: {
          'application/atom+xml': {
            schema: z.string().openapi({ description: 'Atom 1.0 (RFC 4287) XML' }),
          },
        },
      },
      ...problemResponses(400, 406, 503),
    },
    handler: async ({ req, res }) => {
      const type = negotiate(req, FEED_TYPES);
      const origin = requestOrigin(req);
      const context = await resolveRead(deps.db, {}, null);
      applyReadHeaders(res, context);
      res.append('Vary', 'Accept');
      if (notModified(req, res, representationTag(stateKey(context), req, `${type} ${origin}`))) return;
      const feed = await buildFeed(deps.db.db, ledger, origin);
      res.type(`${type}; charset=utf-8`).send(renderAtomFeed(feed));
    },
  });
}
