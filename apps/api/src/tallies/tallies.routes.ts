import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { negotiate } from '../http/negotiation.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import type { DatasetCache } from '../reading/dataset-cache.js';
import { sendRead } from '../reading/send-read.js';
import { listTalliesQuery, tallyListSchema } from './tallies.schemas.js';
import { readTallies } from './tallies.service.js';

/** /v1/tallies: the official tallies of a release, with the documented coverage beside each cumulative one. */
export function talliesRoutes(
  router: Router,
  registry: ApiRegistry,
  deps: AppDeps,
  datasets: DatasetCache,
): void {
  route(router, registry, {
    method: 'get',
    path: '/v1/tallies',
    operationId: 'listTallies',
    summary: 'Official tallies and coverage',
    description:
      'Dated official claims of how many documents China has signed with how many partners, with their sources ' +
      'and verification, oldest first. Beside each cumulative tally: the agreements of headline scope the dataset ' +
      'documents on or before its date, at the three verification bases, and the share of the claim they cover.',
    tags: ['tallies'],
    query: listTalliesQuery,
    responses: {
      200: { description: 'The tallies', content: { 'application/json': { schema: tallyListSchema } } },
      ...problemResponses(400, 401, 403, 404, 406, 503),
    },
    handler: async ({ req, res, query, principal }) => {
      negotiate(req, ['application/json']);
      await sendRead(deps, { req, res, query, principal }, async (context) => {
        const items = await readTallies(deps.db, datasets, context, query);
        return { lang: query.lang, total: items.length, items };
      });
    },
  });
}
