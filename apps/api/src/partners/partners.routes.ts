import { listOrganisations, partnerAgreementStats } from '@sco/db';
import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { negotiate } from '../http/negotiation.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import { sendRead } from '../reading/send-read.js';
import { loadPartnerData, partnerProfile } from './partner-profile.service.js';
import {
  listPartnersQuery,
  partnerListSchema,
  partnerParams,
  partnerProfileQuery,
  partnerProfileSchema,
} from './partners.schemas.js';
import { listPartners } from './partners.service.js';

/** /v1/partners: the partner jurisdictions of a release, and each partner's profile. */
export function partnersRoutes(router: Router, registry: ApiRegistry, deps: AppDeps): void {
  route(router, registry, {
    method: 'get',
    path: '/v1/partners',
    operationId: 'listPartners',
    summary: 'List partners',
    description:
      'Every country and organisation that is a partner in at least one agreement of the release (adjacent scopes ' +
      'included), with its agreements of headline scope and with adjacent scopes, and their first and latest ' +
      'signature dates.',
    tags: ['partners'],
    query: listPartnersQuery,
    responses: {
      200: { description: 'The partners', content: { 'application/json': { schema: partnerListSchema } } },
      ...problemResponses(400, 401, 403, 404, 406, 503),
    },
    handler: async ({ req, res, query, principal }) => {
      negotiate(req, ['application/json']);
      await sendRead(deps, { req, res, query, principal }, async (context) => {
        const [stats, organisations] = await Promise.all([
          partnerAgreementStats(deps.db.db, context.partition),
          listOrganisations(deps.db.db, context.partition),
        ]);
        const items = listPartners(stats, organisations, query, context);
        return { lang: query.lang, total: items.length, items };
      });
    },
  });

  route(router, registry, {
    method: 'get',
    path: '/v1/partners/{code}',
    operationId: 'getPartner',
    summary: 'A partner profile',
    description:
      'A partner with its agreements, first and latest, counts by type and scope, its institutions that signed, ' +
      'indicators computed over its agreements at the three verification bases, and its hard connectivity ' +
      '(Chinese investment and construction per year, with the source to cite). A country with Chinese ' +
      'investment but no agreement has a profile without agreements.',
    tags: ['partners'],
    params: partnerParams,
    query: partnerProfileQuery,
    responses: {
      200: { description: 'The profile', content: { 'application/json': { schema: partnerProfileSchema } } },
      ...problemResponses(400, 401, 403, 404, 406, 503),
    },
    handler: async ({ req, res, query, params, principal }) => {
      negotiate(req, ['application/json']);
      const request = { code: params.code, lang: query.lang, includeAdjacent: query.include_adjacent };
      await sendRead(deps, { req, res, query, principal }, async (context) =>
        partnerProfile(await loadPartnerData(deps.db, context, request.code), request, context),
      );
    },
  });
}
