import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { negotiate } from '../http/negotiation.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import type { DatasetCache } from '../reading/dataset-cache.js';
import { sendRead } from '../reading/send-read.js';
import { patchworkQuery, patchworkSchema } from './patchwork.schemas.js';
import { patchworkBody } from './patchwork.service.js';
import { softHardQuery, softHardSchema } from './soft-hard.schemas.js';
import { softHardBody } from './soft-hard.service.js';

/**
 * /v1/indicators/soft-hard and /v1/indicators/patchwork: the two claims of the Belt and Road brief, tested.
 * Registered before /v1/indicators/{id}, which would otherwise take their paths.
 */
export function hardIndicatorsRoutes(
  router: Router,
  registry: ApiRegistry,
  deps: AppDeps,
  datasets: DatasetCache,
): void {
  route(router, registry, {
    method: 'get',
    path: '/v1/indicators/soft-hard',
    operationId: 'getSoftHard',
    summary: 'Does soft connectivity follow hard? Agreements vs Chinese investment',
    description:
      "Spearman's ρ across partner countries between agreements (count; mean depth score) and Chinese " +
      'investment and construction, at the three verification bases and on two populations (every partner in ' +
      'the investment data, no agreement counting 0; partners with at least one agreement), each with n, a ' +
      'seeded percentile-bootstrap 95 % interval and a permutation p-value. Then the sequence (first large deal ' +
      'vs first agreement; investment five years before vs after) and the quadrants (medians as cut points) at ' +
      '`basis`, the caveats in `lang` and the source to cite.',
    tags: ['indicators', 'hard connectivity'],
    query: softHardQuery,
    responses: {
      200: { description: 'The results', content: { 'application/json': { schema: softHardSchema } } },
      ...problemResponses(400, 401, 403, 404, 406, 429, 503),
    },
    handler: async ({ req, res, query, principal }) => {
      negotiate(req, ['application/json']);
      await sendRead(deps, { req, res, query, principal }, async (context) =>
        softHardBody(await datasets.get(context), query.lang, query.basis),
      );
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/v1/indicators/patchwork',
    operationId: 'getPatchwork',
    summary: 'Is it a patchwork? Who signs with whom',
    description:
      'Agreements of standardisation scope by Chinese signatory body and by partner body kind, the share that ' +
      'is multilateral by period, and the concentration (HHI) of Chinese signatories by year; then the ' +
      'bipartite network of Chinese bodies and partner bodies (every scope, edges weighted by agreements), ' +
      'filtered by `period` and `region`, with a deterministic d3-force layout.',
    tags: ['indicators'],
    query: patchworkQuery,
    responses: {
      200: { description: 'The results', content: { 'application/json': { schema: patchworkSchema } } },
      ...problemResponses(400, 401, 403, 404, 406, 429, 503),
    },
    handler: async ({ req, res, query, principal }) => {
      negotiate(req, ['application/json']);
      const { release: _release, state: _state, ...request } = query;
      await sendRead(deps, { req, res, query, principal }, async (context) =>
        patchworkBody(await datasets.get(context), request),
      );
    },
  });
}
