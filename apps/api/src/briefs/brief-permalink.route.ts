import { BRIEF_PERMALINK_PATH, briefPermalink } from '@sco/briefs';
import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { requestOrigin } from '../feed/request-origin.js';
import { negotiate } from '../http/negotiation.js';
import { route } from '../http/route.js';
import { parseInput } from '../http/validation.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import type { DatasetCache } from '../reading/dataset-cache.js';
import { jobBody } from './brief-body.js';
import { releaseBriefData } from './brief-data.js';
import { refusalProblem } from './brief-problems.js';
import type { BriefService } from './brief-service.js';
import { briefJobSchema, briefPermalinkQuery, briefRequestBody } from './briefs.schemas.js';
import { PDF, PINNED_PDF_CACHE, sendBriefPdf } from './send-brief-pdf.js';

/** How long a client should wait before asking a permalink again while its brief renders, in seconds. */
const POLL_SECONDS = { min: 2, max: 30 } as const;

/**
 * GET /v1/briefs/pdf: a brief's permalink, the address its colophon prints. Anyone may open it, without a
 * key: it answers the PDF when that brief (release, template, parameters, origin) is rendered, and otherwise
 * starts it exactly as POST /v1/briefs does (the same validation, rate limit, queue bound and queue) and
 * answers 202 with the job, asking to come back to the same address (Location, Retry-After, and Refresh for
 * a browser). Decision 0033.
 */
export function briefPermalinkRoute(
  router: Router,
  registry: ApiRegistry,
  deps: AppDeps,
  datasets: DatasetCache,
  briefs: BriefService,
): void {
  route(router, registry, {
    method: 'get',
    path: BRIEF_PERMALINK_PATH,
    operationId: 'getBriefByPermalink',
    summary: 'A brief by its parameters: the permalink a brief prints (public)',
    description:
      'The address a brief prints in its colophon, pinned to the release it was built from: opened by anyone ' +
      '(no key), it answers the PDF (shown inline, with a strong ETag) when that brief is rendered; otherwise ' +
      'it starts rendering it, as POST /v1/briefs does with the same fields, and answers 202 with the job, a ' +
      'Location naming this same address, Retry-After and Refresh: ask again after that many seconds for the ' +
      'PDF (a browser reloads by itself). Without `release` it serves the latest release and must be ' +
      'revalidated; its Content-Location is the permalink pinned to that release. Asking for a brief counts ' +
      'against the briefs rate limit (per key, or per address without one); 429 with Retry-After when the ' +
      'renderer holds as many briefs as it may.',
    tags: ['briefs'],
    query: briefPermalinkQuery,
    responses: {
      200: {
        description: 'The PDF, rendered already',
        headers: {
          ETag: { description: 'Strong: the PDF never changes', schema: { type: 'string' } },
          'Content-Disposition': { description: 'inline; filename="…"', schema: { type: 'string' } },
          'Content-Location': {
            description: 'Without `release`: the permalink pinned to the release served',
            schema: { type: 'string' },
          },
        },
        content: { [PDF]: { schema: { type: 'string', format: 'binary' } } },
      },
      202: {
        description: 'Not rendered yet: the job that renders it (queued or rendering)',
        headers: {
          Location: {
            description: 'Where the PDF will be: this permalink, pinned to the release',
            schema: { type: 'string' },
          },
          'Retry-After': { description: 'Seconds to wait before asking again', schema: { type: 'integer' } },
          Refresh: {
            description: 'The same, for a browser: it reloads the page',
            schema: { type: 'string' },
          },
        },
        content: { 'application/json': { schema: briefJobSchema } },
      },
      ...problemResponses(400, 406, 422, 429, 503),
    },
    handler: async ({ req, res, query, principal }) => {
      negotiate(req, [PDF, 'application/json']);
      // The same meaning as a POST body (a subject for every template but the overview, its form per
      // template), each problem reported on its query parameter.
      const asked = parseInput(briefRequestBody, query, 'query');
      const data = await releaseBriefData(deps.db, datasets, asked.release, 'query');
      const request = { ...asked, origin: requestOrigin(req) };
      const { job } = await briefs.submit(request, data, principal).catch((error: unknown) => {
        throw refusalProblem(error, () => briefs.retryAfterSeconds(), 'query') ?? error;
      });
      const pinned = briefPermalink(request, data.release.id);
      if (job.status === 'done' && job.etag !== null) {
        if (asked.release === undefined) res.setHeader('Content-Location', pinned);
        await sendBriefPdf(
          req,
          res,
          briefs,
          { ...job, etag: job.etag },
          {
            disposition: 'inline',
            // The latest release moves: an unpinned address is revalidated (its ETag changes with the PDF).
            cacheControl: asked.release === undefined ? 'no-cache' : PINNED_PDF_CACHE,
          },
        );
        return;
      }
      const seconds = String(
        Math.min(POLL_SECONDS.max, Math.max(POLL_SECONDS.min, briefs.retryAfterSeconds())),
      );
      res.setHeader('Location', pinned);
      res.setHeader('Retry-After', seconds);
      res.setHeader('Refresh', `${seconds}; url=${pinned}`);
      res.setHeader('Cache-Control', 'no-store');
      res.status(202).json(jobBody(job));
    },
  });
}
