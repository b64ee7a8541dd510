import type { Router } from 'express';
import type { AppDeps } from '../deps.js';
import { requestOrigin } from '../feed/request-origin.js';
import { negotiate } from '../http/negotiation.js';
import type { Principal, Role } from '../http/principal.js';
import { HttpProblem, notFound } from '../http/problem.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import type { z } from '../openapi/zod.js';
import { PDF, PINNED_PDF_CACHE, sendBriefPdf } from './send-brief-pdf.js';
import type { DatasetCache } from '../reading/dataset-cache.js';
import { BRIEFS_PATH, jobBody, jobPath } from './brief-body.js';
import { releaseBriefData } from './brief-data.js';
import type { BriefJob } from './brief-job.js';
import { briefPermalinkRoute } from './brief-permalink.route.js';
import type { BriefService } from './brief-service.js';
import { refusalProblem } from './brief-problems.js';
import {
  briefJobListSchema,
  briefJobParams,
  briefJobSchema,
  briefRequestBody,
  listBriefsQuery,
} from './briefs.schemas.js';

/** Who may render briefs: the communications team, and editors and admins. */
export const BRIEF_ROLES: readonly Role[] = ['communications', 'editor', 'admin'];

/** The routes run only with a principal: their roles say so. */
function principalOf(principal: Principal | null): Principal {
  if (!principal) throw new Error('a brief route ran without a principal: it must declare roles');
  return principal;
}

/**
 * /v1/briefs: PDF policy briefs rendered as jobs — started with a POST (202 and the job), followed with GET
 * /v1/briefs/{id} (its status, step and progress), downloaded from /v1/briefs/{id}/pdf. An identical request
 * (same release, template and parameters) gets the job that renders or rendered it. GET /v1/briefs/pdf is
 * the permalink a brief prints: anyone may open it, for the PDF once rendered or its job.
 */
export function briefsRoutes(
  router: Router,
  registry: ApiRegistry,
  deps: AppDeps,
  datasets: DatasetCache,
  briefs: BriefService,
): void {
  const jobOf = async (id: string, principal: Principal | null): Promise<BriefJob> => {
    const job = await briefs.get(id, principalOf(principal));
    if (!job)
      throw notFound(`There is no brief job ${id} of yours; your briefs are listed at ${BRIEFS_PATH}`);
    return job;
  };

  route(router, registry, {
    method: 'post',
    path: BRIEFS_PATH,
    operationId: 'createBrief',
    summary: 'Render a PDF brief (communications, editors, admins)',
    description:
      'Starts rendering a policy brief of a data release (default: the latest) as PDF, and answers 202 with the ' +
      'job to follow at its Location. The same brief (release, template and parameters) asked for again gives ' +
      'the job that renders or rendered it: 200 with its PDF ready when done. 429 with Retry-After when the ' +
      'renderer holds as many briefs as it may.',
    tags: ['briefs'],
    roles: BRIEF_ROLES,
    body: { schema: briefRequestBody, contentTypes: ['application/json'] },
    responses: {
      200: {
        description: 'The same brief, rendered already',
        headers: { Location: { description: 'The job', schema: { type: 'string' } } },
        content: { 'application/json': { schema: briefJobSchema } },
      },
      202: {
        description: 'The job: queued or rendering',
        headers: { Location: { description: 'The job', schema: { type: 'string' } } },
        content: { 'application/json': { schema: briefJobSchema } },
      },
      ...problemResponses(400, 401, 403, 413, 415, 422, 429, 503),
    },
    handler: async ({ req, res, body, principal }) => {
      const data = await releaseBriefData(deps.db, datasets, body.release);
      const request = { ...body, origin: requestOrigin(req) };
      const submitted = await briefs.submit(request, data, principalOf(principal)).catch((error: unknown) => {
        throw refusalProblem(error, () => briefs.retryAfterSeconds()) ?? error;
      });
      const { job } = submitted;
      res.setHeader('Location', jobPath(job.id));
      res.setHeader('Cache-Control', 'no-store');
      res.status(job.status === 'done' ? 200 : 202).json(jobBody(job));
    },
  });

  route(router, registry, {
    method: 'get',
    path: BRIEFS_PATH,
    operationId: 'listBriefs',
    summary: 'Your recent briefs',
    description: 'The brief jobs the caller asked for, most recent first, with their status and PDF links.',
    tags: ['briefs'],
    roles: BRIEF_ROLES,
    query: listBriefsQuery,
    responses: {
      200: { description: 'The jobs', content: { 'application/json': { schema: briefJobListSchema } } },
      ...problemResponses(400, 401, 403, 406),
    },
    handler: async ({ req, res, query, principal }) => {
      negotiate(req, ['application/json']);
      const jobs = await briefs.list(principalOf(principal), query.limit);
      res.setHeader('Cache-Control', 'no-store');
      res.json({ total: jobs.length, items: jobs.map(jobBody) } satisfies z.output<
        typeof briefJobListSchema
      >);
    },
  });

  // Before /v1/briefs/{id}: "pdf" is not a job id.
  briefPermalinkRoute(router, registry, deps, datasets, briefs);

  route(router, registry, {
    method: 'get',
    path: `${BRIEFS_PATH}/{id}`,
    operationId: 'getBrief',
    summary: 'A brief job: status, step, progress, timings',
    description:
      'Poll it while the brief renders: queued (with its place in the queue), rendering (the step running and ' +
      'the share of the work done), done (with the PDF link and timings) or failed (with the problem).',
    tags: ['briefs'],
    roles: BRIEF_ROLES,
    params: briefJobParams,
    responses: {
      200: { description: 'The job', content: { 'application/json': { schema: briefJobSchema } } },
      ...problemResponses(400, 401, 403, 404, 406),
    },
    handler: async ({ req, res, params, principal }) => {
      negotiate(req, ['application/json']);
      const job = await jobOf(params.id, principal);
      res.setHeader('Cache-Control', 'no-store');
      res.json(jobBody(job));
    },
  });

  route(router, registry, {
    method: 'get',
    path: `${BRIEFS_PATH}/{id}/pdf`,
    operationId: 'getBriefPdf',
    summary: 'The PDF of a brief',
    description:
      'The PDF once the job is done, as an attachment with a readable file name and a strong ETag; 409 while ' +
      'it is queued or rendering, or when it failed.',
    tags: ['briefs'],
    roles: BRIEF_ROLES,
    params: briefJobParams,
    responses: {
      200: {
        description: 'The PDF',
        headers: {
          ETag: { description: 'Strong: the PDF never changes', schema: { type: 'string' } },
          'Content-Disposition': { description: 'attachment; filename="…"', schema: { type: 'string' } },
        },
        content: { [PDF]: { schema: { type: 'string', format: 'binary' } } },
      },
      304: { description: 'The PDF has not changed (If-None-Match)' },
      ...problemResponses(400, 401, 403, 404, 406, 409),
    },
    handler: async ({ req, res, params, principal }) => {
      negotiate(req, [PDF]);
      const job = await jobOf(params.id, principal);
      if (job.status !== 'done' || job.etag === null) {
        throw new HttpProblem({
          status: 409,
          code: 'brief-not-ready',
          title: 'Brief not ready',
          detail:
            job.status === 'failed'
              ? `Brief job ${job.id} failed (${job.problem?.detail ?? 'see the job'}); ask for the brief again`
              : `Brief job ${job.id} is ${job.status}; its PDF is ready when ${jobPath(job.id)} says done`,
          extensions: { job_status: job.status },
        });
      }
      await sendBriefPdf(
        req,
        res,
        briefs,
        { ...job, etag: job.etag },
        {
          disposition: 'attachment',
          cacheControl: PINNED_PDF_CACHE,
        },
      );
    },
  });
}
