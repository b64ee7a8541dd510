import express, { type Express } from 'express';
import { agreementsRoutes } from './agreements/agreements.routes.js';
import type { AppDeps } from './deps.js';
import { docsRoutes } from './docs/docs.routes.js';
import { healthRoutes } from './health/health.routes.js';
import { indicatorsRoutes } from './indicators/indicators.routes.js';
import { hardConnectivityRoutes } from './hard/hard-connectivity.routes.js';
import { hardIndicatorsRoutes } from './hard/hard-indicators.routes.js';
import { partnersRoutes } from './partners/partners.routes.js';
import { talliesRoutes } from './tallies/tallies.routes.js';
import { releasesRoutes } from './releases/releases.routes.js';
import { changesRoutes } from './changes/changes.routes.js';
import { feedRoutes } from './feed/feed.routes.js';
import { citeRoutes } from './cite/cite.routes.js';
import { authenticate } from './auth/authenticate.js';
import { agreementEditsRoutes } from './edits/agreement-edits.routes.js';
import { cutReleaseRoutes } from './releases/cut-release.routes.js';
import { DEFAULT_RATE_LIMITS, rateLimits, type RateLimitSettings } from './http/rate-limits.js';
import { securityHeaders } from './http/security-headers.js';
import { errorHandler } from './http/error-handler.js';
import { fallbacks } from './http/fallbacks.js';
import { RequestLog } from './http/request-log.js';
import { inputGuards } from './http/input-guards.js';
import { compressResponses } from './http/compress.js';
import { shareTheLoop, TurnBudget } from './http/share-the-loop.js';
import { ServerLifecycle } from './http/server-lifecycle.js';
import { openApiDocument } from './openapi/document.js';
import { ApiRegistry } from './openapi/registry.js';
import { DatasetCache } from './reading/dataset-cache.js';
import { trustLatestRelease } from './reading/release-lookup.js';
import { answerCachedReads } from './reading/answer-cached-reads.js';
import { answerBeforeExpress } from './reading/answer-before-express.js';
import { attachResponseCache, ResponseCache } from './reading/response-cache.js';
import { pagesRoutes } from './pages/pages.routes.js';
import { faviconRoutes } from './pages/favicon.js';
import { WidgetArchive } from './widgets/widget-archive.js';
import { loadWidgets, WidgetBundle } from './widgets/widget-bundle.js';
import { widgetsRoutes } from './widgets/widgets.routes.js';
import { BriefJobs } from './briefs/brief-jobs.js';
import { briefsRoutes } from './briefs/briefs.routes.js';
import { studioRoutes } from './studio/studio.routes.js';

/** Largest request body accepted (edits are single agreements). */
export const BODY_LIMIT = '256kb';

/** What tests may set differently from production. */
export interface AppOptions {
  readonly rateLimits?: Partial<RateLimitSettings>;
  /** Keep serialised JSON bodies of published reads in memory (default true). */
  readonly responseCache?: boolean;
  /**
   * How long reads trust the latest release they looked up, in ms: one lookup then serves every read of
   * that time, and a release published by another process (`sco db import`) is served at most this much
   * later (one cut through this app, at once). Default 0: looked up on every read; main.ts trusts it 1 s.
   */
  readonly latestReleaseTtlMs?: number;
  /** Draining on shutdown (main.ts passes the one it stops); by default the app has its own. */
  readonly lifecycle?: ServerLifecycle;
}

/** Builds the API: every route, its OpenAPI document, and the behaviour every route shares. */
export function createApp(deps: AppDeps, options: AppOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', false);
  // SCO_TRUST_PROXY: the client address, protocol and host a trusted proxy forwards (default loopback).
  const trust = deps.config.trustProxy;
  app.set('trust proxy', typeof trust === 'number' ? trust : [...trust]);
  // One spelling per route: /V1/CITE is not /v1/cite (so no limit or cache is keyed on another spelling).
  app.set('case sensitive routing', true);
  const responseCache = (options.responseCache ?? true) ? new ResponseCache() : null;
  if (responseCache) attachResponseCache(app, responseCache);
  trustLatestRelease(deps.db, options.latestReleaseTtlMs ?? 0);

  const log = new RequestLog(deps.logger);
  const budget = new TurnBudget();
  const lifecycle = options.lifecycle ?? new ServerLifecycle();
  app.use(log.middleware);
  app.use(shareTheLoop(budget));
  app.use(lifecycle.middleware);
  const limits = rateLimits(
    { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    deps.logger,
    deps.db.pgPool ?? null,
  );
  // A published read answered before is answered again before Express when it can be at once (the request
  // log, the turn budget and draining as above), else here, counted by its rate limit (see both).
  if (responseCache) {
    answerBeforeExpress(app, { db: deps.db, cache: responseCache, log, budget, lifecycle });
    app.use(answerCachedReads(deps.db, responseCache, limits.expensiveReads));
  }
  app.use(compressResponses());
  // helmet's headers, and CORS for reads (GET, HEAD, preflights), computed once and set in one function.
  app.use(securityHeaders());
  app.use(express.json({ limit: BODY_LIMIT, type: ['application/json', 'application/merge-patch+json'] }));
  app.use(inputGuards());
  app.use((_req, res, next) => {
    res.locals['principal'] = null;
    next();
  });
  app.use(authenticate(deps));
  app.use(limits.writes);
  app.use(limits.expensiveReads);
  app.use(limits.briefs);

  const registry = new ApiRegistry();
  const router = express.Router({ caseSensitive: true });
  healthRoutes(router, registry, deps);
  const datasets = new DatasetCache(deps.db);
  agreementsRoutes(router, registry, deps);
  hardIndicatorsRoutes(router, registry, deps, datasets);
  indicatorsRoutes(router, registry, deps);
  partnersRoutes(router, registry, deps);
  talliesRoutes(router, registry, deps, datasets);
  hardConnectivityRoutes(router, registry, deps, datasets);
  releasesRoutes(router, registry, deps);
  changesRoutes(router, registry, deps);
  feedRoutes(router, registry, deps);
  citeRoutes(router, registry, deps);
  agreementEditsRoutes(router, registry, deps);
  cutReleaseRoutes(router, registry, deps);
  const briefs =
    deps.briefs ??
    new BriefJobs({
      stateDir: deps.config.stateDir,
      chromiumPath: deps.config.chromiumPath,
      logger: deps.logger,
    });
  briefsRoutes(router, registry, deps, datasets, briefs);
  studioRoutes(router, registry, deps, datasets, briefs);
  docsRoutes(router);
  faviconRoutes(router);
  const archive = new WidgetArchive(deps.db, deps.config.stateDir, deps.logger);
  const widgets = new WidgetBundle(() => loadWidgets().then(archive.keeping));
  widgetsRoutes(router, widgets, archive);
  pagesRoutes(router, deps, widgets, datasets);

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
