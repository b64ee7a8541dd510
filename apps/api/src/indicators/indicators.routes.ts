import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { negotiate } from '../http/negotiation.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import { sendRead } from '../reading/send-read.js';
import {
  catalogueQuery,
  indicatorCatalogueSchema,
  indicatorParams,
  indicatorValuesQuery,
  indicatorValuesSchema,
} from './indicators.schemas.js';
import {
  catalogue,
  filterOf,
  readIndicatorValues,
  requireIndicator,
  resolveGroupBy,
} from './indicators.service.js';

/** /v1/indicators: the catalogue of indicators, and each indicator's values over a release. */
export function indicatorsRoutes(router: Router, registry: ApiRegistry, deps: AppDeps): void {
  route(router, registry, {
    method: 'get',
    path: '/v1/indicators',
    operationId: 'listIndicators',
    summary: 'The catalogue of indicators',
    description:
      'Every indicator with its unit, title, definition and methodology in `lang`, the breakdowns it supports, ' +
      'and a link to its values.',
    tags: ['indicators'],
    query: catalogueQuery,
    responses: {
      200: {
        description: 'The catalogue',
        content: { 'application/json': { schema: indicatorCatalogueSchema } },
      },
      ...problemResponses(400, 401, 403, 404, 406, 503),
    },
    handler: async ({ req, res, query, principal }) => {
      negotiate(req, ['application/json']);
      await sendRead(deps, { req, res, query, principal }, (context) => ({
        lang: query.lang,
        items: catalogue(query.lang, context),
      }));
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/v1/indicators/{id}',
    operationId: 'getIndicatorValues',
    summary: 'The values of an indicator',
    description:
      'The indicator computed over the release (or the draft) with the filters of the agreements, in total and ' +
      'per group, each figure at the three verification bases (verified; verified and single-source; all) with ' +
      'the range between them. Adjacent scopes are left out unless asked for.',
    tags: ['indicators'],
    params: indicatorParams,
    query: indicatorValuesQuery,
    responses: {
      200: {
        description: 'The values',
        content: { 'application/json': { schema: indicatorValuesSchema } },
      },
      ...problemResponses(400, 401, 403, 404, 406, 429, 503),
    },
    handler: async ({ req, res, query, params, principal }) => {
      negotiate(req, ['application/json']);
      const indicator = requireIndicator(params.id);
      const { group_by: groupBy, lang, release: _release, state: _state, ...filterQuery } = query;
      const request = {
        indicator,
        groupBy: resolveGroupBy(indicator, groupBy),
        filter: filterOf(filterQuery),
        lang,
      };
      await sendRead(deps, { req, res, query, principal }, (context) =>
        readIndicatorValues(deps.db, request, context),
      );
    },
  });
}
