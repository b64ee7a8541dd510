import express, { type Express } from 'express';
import helmet from 'helmet';
import { agreementsRoutes } from './agreements/agreements.routes.js';
import type { AppDeps } from './deps.js';
import { docsRoutes } from './docs/docs.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { corsForReads } from './http/cors.js';
import { errorHandler } from './http/error-handler.js';
import { fallbacks } from './http/fallbacks.js';
import { requestLog } from './http/request-log.js';
import { openApiDocument } from './openapi/document.js';
import { ApiRegistry } from './openapi/registry.js';

/** Largest request body accepted (edits are single agreements). */
export const BODY_LIMIT = '256kb';

/** Builds the API: every route, its OpenAPI document, and the behaviour every route shares. */
export function createApp(deps: AppDeps): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  app.set('trust proxy', 'loopback');

  app.use(requestLog(deps.logger));
  app.use(
    helmet({
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      // TLS is the reverse proxy's business; upgrading would break plain-HTTP local use.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    }),
  );
  const readMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
  app.use((req, res, next) => {
    if (readMethods.has(req.method)) corsForReads(req, res, next);
    else next();
  });
  app.use(express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/merge-patch+json'] }));
  app.use((_req, res, next) => {
    res.locals['principal'] = null;
    next();
  });

  const registry = new ApiRegistry();
  const router = express.Router();
  healthRoutes(router, registry, deps);
  agreementsRoutes(router, registry, deps);
  docsRoutes(router);

  const document = openApiDocument(registry, '1');
  router.get('/openapi.json', (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=300');
    res.json(document);
  });

  app.use(router);
  app.use(fallbacks(registry));
  app.use(errorHandler(deps.logger));
  return app;
}
