import { listAgreements } from '@sco/db';
import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { requestOrigin } from '../feed/request-origin.js';
import { notModified, representationTag } from '../http/conditional-get.js';
import { negotiate } from '../http/negotiation.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import { z } from '../openapi/zod.js';
import { applyReadHeaders, releaseRef, resolveRead, stateKey } from '../reading/read-context.js';
import { citationBibtex } from './bibtex.js';
import { citationSchema, citeQuery, CITED_FILTERS, type CitationFormat } from './cite.schemas.js';
import { citationText } from './citation-text.js';
import { citation, citedQuery } from './citation.js';
import { citationRis } from './ris.js';

const MEDIA_TYPES = {
  text: 'text/plain',
  bibtex: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/json',
} as const satisfies Record<CitationFormat, string>;

const FORMAT_OF = Object.fromEntries(
  Object.entries(MEDIA_TYPES).map(([format, type]) => [type, format as CitationFormat]),
) as Record<string, CitationFormat>;

const EXTENSIONS: Partial<Record<CitationFormat, string>> = { bibtex: 'bib', ris: 'ris' };

/** /v1/cite: how to cite the dataset at a release for a query, with a permalink pinned to that release. */
export function citeRoutes(router: Router, registry: ApiRegistry, deps: AppDeps): void {
  route(router, registry, {
    method: 'get',
    path: '/v1/cite',
    operationId: 'cite',
    summary: 'Cite the dataset for a query',
    description:
      'A citation of the dataset at a release (the latest by default) for a query of its agreements, with a permalink: /v1/agreements with the same filters and `release` pinned, which keeps returning what was cited. Takes the filters of GET /v1/agreements.',
    tags: ['releases'],
    query: citeQuery,
    responses: {
      200: {
        description: 'The citation',
        content: {
          'text/plain': { schema: z.string() },
          'application/x-bibtex': { schema: z.string() },
          'application/x-research-info-systems': { schema: z.string() },
          'application/json': { schema: citationSchema },
        },
      },
      ...problemResponses(400, 404, 406, 429, 503),
    },
    handler: async ({ req, res, query }) => {
      const { format: asked, release, ...filters } = query;
      const format = asked ?? FORMAT_OF[negotiate(req, Object.values(MEDIA_TYPES))] ?? 'text';
      const origin = requestOrigin(req);
      const context = await resolveRead(deps.db, { release }, null);
      if (context.kind !== 'release') throw new Error('a citation resolved to the draft');
      applyReadHeaders(res, context);
      res.append('Vary', 'Accept');
      if (notModified(req, res, representationTag(stateKey(context), req, `${format} ${origin}`))) return;

      const page = await listAgreements(deps.db.db, context.partition, {
        ...filters,
        sort: 'signed_date',
        limit: 1,
      });
      const cited = citation({
        origin,
        release: context.release,
        query: citedQuery(filters, CITED_FILTERS),
        agreements: page.total,
      });
      const text = citationText(cited);
      const bibtex = citationBibtex(cited);
      const ris = citationRis(cited);
      if (format === 'json') {
        res.json({ release: releaseRef(context), ...cited, text, bibtex, ris });
        return;
      }
      const extension = EXTENSIONS[format];
      if (extension) {
        res.setHeader('Content-Disposition', `inline; filename="sco-${context.release.id}.${extension}"`);
      }
      const body = format === 'bibtex' ? bibtex : format === 'ris' ? ris : text;
      res.type(`${MEDIA_TYPES[format]}; charset=utf-8`).send(body);
    },
  });
}
