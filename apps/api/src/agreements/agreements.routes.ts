import { listAgreements } from '@sco/db';
import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { negotiate } from '../http/negotiation.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import { sendRead } from '../reading/send-read.js';
import { agreementPageSchema, listAgreementsQuery } from './agreements.schemas.js';

/** /v1/agreements: the agreements of a release (or the draft), filtered, searched, sorted and paged. */
export function agreementsRoutes(router: Router, registry: ApiRegistry, deps: AppDeps): void {
  route(router, registry, {
    method: 'get',
    path: '/v1/agreements',
    operationId: 'listAgreements',
    summary: 'List agreements',
    description: 'Adjacent scopes are left out unless asked for. Pages follow the `next` cursor.',
    tags: ['agreements'],
    query: listAgreementsQuery,
    responses: {
      200: {
        description: 'A page of agreements',
        content: { 'application/json': { schema: agreementPageSchema } },
      },
      ...problemResponses(400, 401, 404, 406, 503),
    },
    handler: async ({ req, res, query, principal }) => {
      negotiate(req, ['application/json']);
      const { release: _release, state: _state, ...filters } = query;
      await sendRead(deps, { req, res, query, principal }, async (context) => {
        const page = await listAgreements(deps.db.db, context.partition, filters);
        return { total: page.total, next: page.next, items: page.items };
      });
    },
  });
}
