import { z } from '../openapi/zod.js';
import type { Router } from 'express';
import { ping } from '@sco/db';
import { DATABASE_RETRY_AFTER_S } from '../http/database-unavailable.js';
import { HttpProblem } from '../http/problem.js';
import type { AppDeps } from '../deps.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';

const healthSchema = z.strictObject({ status: z.literal('ok') }).openapi('Health');
const readySchema = z
  .strictObject({ status: z.literal('ready'), database: z.enum(['sqlite', 'postgres']) })
  .openapi('Ready');

/** Liveness (the process answers) and readiness (the database answers). */
export function healthRoutes(router: Router, registry: ApiRegistry, deps: AppDeps): void {
  route(router, registry, {
    method: 'get',
    path: '/healthz',
    operationId: 'health',
    summary: 'Liveness: the process answers',
    tags: ['health'],
    responses: { 200: { description: 'Alive', content: { 'application/json': { schema: healthSchema } } } },
    handler: ({ res }) => {
      res.setHeader('Cache-Control', 'no-store');
      res.json({ status: 'ok' });
    },
  });
  route(router, registry, {
    method: 'get',
    path: '/readyz',
    operationId: 'ready',
    summary: 'Readiness: the database answers',
    tags: ['health'],
    responses: {
      200: { description: 'Ready', content: { 'application/json': { schema: readySchema } } },
      ...problemResponses(503),
    },
    handler: async ({ res }) => {
      res.setHeader('Cache-Control', 'no-store');
      try {
        await ping(deps.db.db);
      } catch (error) {
        deps.logger.warn({ err: error }, 'readiness check failed');
        throw new HttpProblem({
          status: 503,
          code: 'not-ready',
          title: 'Not ready',
          detail: 'The database does not answer',
          headers: { 'Retry-After': String(DATABASE_RETRY_AFTER_S) },
        });
      }
      res.json({ status: 'ready', database: deps.db.dialect });
    },
  });
}
