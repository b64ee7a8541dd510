import { BRIEF_ORIGIN, briefSubjects } from '@sco/briefs';
import { LANGS, type Lang } from '@sco/core';
import { createSession, deleteSession, verifyApiKey } from '@sco/db';
import type { Request, Response, Router } from 'express';
import { requireStudioCall } from '../auth/same-origin.js';
import {
  clearedSessionCookies,
  hasSignedInMarker,
  SESSION_TTL_MS,
  sessionCookie,
  sessionCookieHeaders,
} from '../auth/session-cookie.js';
import { jobBody } from '../briefs/brief-body.js';
import { releaseBriefData } from '../briefs/brief-data.js';
import type { BriefService } from '../briefs/brief-service.js';
import { refusalProblem } from '../briefs/brief-problems.js';
import { BRIEF_ROLES } from '../briefs/briefs.routes.js';
import { briefRequestBody } from '../briefs/briefs.schemas.js';
import type { AppDeps } from '../deps.js';
import { requestOrigin } from '../feed/request-origin.js';
import type { Principal } from '../http/principal.js';
import { HttpProblem, notFound } from '../http/problem.js';
import { route } from '../http/route.js';
import { problemResponses } from '../openapi/components.js';
import type { ApiRegistry } from '../openapi/registry.js';
import type { DatasetCache } from '../reading/dataset-cache.js';
import type { SafeHtml } from '../pages/html.js';
import { versionOf } from '../pages/page-assets.js';
import { IMMUTABLE, LATEST } from '../widgets/widgets.routes.js';
import { sendStaticFile } from '../widgets/static-file.js';
import { STUDIO_ASSETS } from './studio-assets.js';
import { previewCsp, STUDIO_CSP } from './studio-csp.js';
import { signInPage, studioPage, type StudioAssets } from './studio-page.js';
import { signInBody, studioPreviewSchema, studioSessionSchema } from './studio.schemas.js';
import { StudioPreviews } from './studio-previews.js';

/** The studio's pages and files: not API operations, so not in the OpenAPI document. */
export const STUDIO_PAGE_ROUTES = [
  'GET /studio',
  'GET /studio/assets/:file',
  'GET /studio/previews/:token',
  'GET /studio/previews/:token/{*path}',
] as const;

const RECENT = 10;

function mayRender(principal: Principal | null): principal is Principal {
  return principal !== null && BRIEF_ROLES.includes(principal.role);
}

async function assets(): Promise<StudioAssets> {
  return {
    siteStyles: await STUDIO_ASSETS.url('site.css'),
    styles: await STUDIO_ASSETS.url('studio.css'),
    script: await STUDIO_ASSETS.url('studio.js'),
  };
}

/**
 * Sends a studio page: never kept by a cache (it depends on the session cookie), with the studio's
 * Content-Security-Policy.
 */
function sendStudioPage(res: Response, page: SafeHtml): void {
  res.setHeader('Content-Security-Policy', STUDIO_CSP);
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('Vary', 'Cookie');
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.send(page.value);
}

/**
 * /studio: the brief studio of the communications team — sign in with an API key (exchanged for a session
 * cookie), pick a brief, preview it as HTML, render it through /v1/briefs, follow its progress, download
 * the PDF, see the recent briefs. Server-rendered, with a strict Content-Security-Policy; its script is a
 * file of its own.
 */
export function studioRoutes(
  router: Router,
  registry: ApiRegistry,
  deps: AppDeps,
  datasets: DatasetCache,
  briefs: BriefService,
): void {
  const previews = new StudioPreviews(deps.db, async (request, releaseId) => {
    const data = await releaseBriefData(deps.db, datasets, releaseId);
    return (await briefs.preview(request, data)).site;
  });

  router.get('/studio', async (req: Request, res: Response) => {
    const principal = (res.locals['principal'] as Principal | null | undefined) ?? null;
    if (!mayRender(principal)) {
      // The marker without the session cookie: arrived from another site, the browser held the session
      // cookie back; the page's own call will carry it.
      const probe = hasSignedInMarker(req) && sessionCookie(req) === undefined;
      sendStudioPage(res, signInPage(await assets(), { probeSession: probe }));
      return;
    }
    const data = await releaseBriefData(deps.db, datasets, undefined);
    const subjects = Object.fromEntries(LANGS.map((lang) => [lang, briefSubjects(data, lang)])) as Record<
      Lang,
      ReturnType<typeof briefSubjects>
    >;
    const recent = (await briefs.list(principal, RECENT)).map(jobBody);
    sendStudioPage(res, studioPage(await assets(), principal, { release: data.release, subjects }, recent));
  });

  router.get('/studio/assets/:file', async (req: Request, res: Response) => {
    const name = String(req.params['file']);
    const file = (await STUDIO_ASSETS.files()).get(name);
    if (!file) throw notFound(`No file ${name} in the studio`);
    sendStaticFile(req, res, file, req.query['v'] === versionOf(file) ? IMMUTABLE : LATEST);
  });

  route(router, registry, {
    method: 'post',
    path: '/studio/session',
    operationId: 'signInToStudio',
    summary: 'Sign in to the brief studio',
    description:
      'Exchanges an API key with the communications, editor or admin role for a session cookie (HttpOnly, ' +
      'SameSite=Strict, Secure over https) that the studio and /v1/briefs accept in place of the key, and a ' +
      'marker cookie without the session id (`sco_signed_in`, Path=/studio, SameSite=Lax). The ' +
      'call must come from the studio: with the `Sco-Studio: 1` header, from its own origin.',
    tags: ['studio'],
    body: { schema: signInBody, contentTypes: ['application/json'] },
    responses: {
      201: {
        description: 'Signed in',
        headers: { 'Set-Cookie': { description: 'The session cookie', schema: { type: 'string' } } },
        content: { 'application/json': { schema: studioSessionSchema } },
      },
      ...problemResponses(400, 401, 403, 413, 415, 429),
    },
    handler: async ({ req, res, body }) => {
      requireStudioCall(req);
      const now = deps.now();
      const principal = await verifyApiKey(deps.db.db, body.key.trim(), now);
      if (!principal) {
        throw new HttpProblem({
          status: 401,
          code: 'invalid-api-key',
          title: 'Authentication failed',
          detail: 'The API key is unknown, wrong or revoked',
        });
      }
      if (!BRIEF_ROLES.includes(principal.role)) {
        throw new HttpProblem({
          status: 403,
          code: 'forbidden',
          title: 'Forbidden',
          detail: `The studio needs a key with the role ${BRIEF_ROLES.join(', ')}; this key has the role ${principal.role}`,
        });
      }
      const session = await createSession(deps.db.db, { keyId: principal.keyId, now, ttlMs: SESSION_TTL_MS });
      res.setHeader('Set-Cookie', sessionCookieHeaders(req, session.token, session.expires_at, now));
      res.setHeader('Cache-Control', 'no-store');
      res.status(201).json({ name: principal.name, role: principal.role, expires_at: session.expires_at });
    },
  });

  route(router, registry, {
    method: 'delete',
    path: '/studio/session',
    operationId: 'signOutOfStudio',
    summary: 'Sign out of the brief studio',
    description:
      'Ends the session of the cookie, if any, and removes the cookie and its marker. Must come from the studio.',
    tags: ['studio'],
    responses: {
      204: { description: 'Signed out' },
      ...problemResponses(400, 401, 403),
    },
    handler: async ({ req, res }) => {
      requireStudioCall(req);
      const token = sessionCookie(req);
      if (token !== undefined) await deleteSession(deps.db.db, token);
      res.setHeader('Set-Cookie', clearedSessionCookies(req));
      res.setHeader('Cache-Control', 'no-store');
      res.status(204).end();
    },
  });

  route(router, registry, {
    method: 'post',
    path: '/studio/previews',
    operationId: 'previewBrief',
    summary: 'Preview a brief as HTML (communications, editors, admins)',
    description:
      'Builds the brief (the same body as POST /v1/briefs) as its HTML page, without Chromium, and gives the ' +
      'address it is served at for a while: a sandboxed page with its own files and nothing else.',
    tags: ['studio'],
    roles: BRIEF_ROLES,
    body: { schema: briefRequestBody, contentTypes: ['application/json'] },
    responses: {
      201: {
        description: 'The preview',
        content: { 'application/json': { schema: studioPreviewSchema } },
      },
      ...problemResponses(400, 401, 403, 413, 415, 422, 429, 503),
    },
    handler: async ({ req, res, body }) => {
      const data = await releaseBriefData(deps.db, datasets, body.release);
      // The preview prints the permalink the PDF will print: on the origin the studio is reached at.
      const request = { ...body, origin: requestOrigin(req) };
      const preview = await briefs.preview(request, data).catch((error: unknown) => {
        throw refusalProblem(error, () => briefs.retryAfterSeconds()) ?? error;
      });
      const { token, expiresAt } = await previews.add({
        request: { ...request, release: data.release.id },
        releaseId: data.release.id,
        site: preview.site,
      });
      res.setHeader('Cache-Control', 'no-store');
      res.status(201).json({ href: `/studio/previews/${token}/`, expires_at: expiresAt.toISOString() });
    },
  });

  router.get('/studio/previews/:token/{*path}', async (req: Request, res: Response) => {
    const token = String(req.params['token']);
    const site = await previews.get(token);
    if (!site) throw notFound('This preview has expired: press Preview in the studio again');
    const rest = req.params['path'];
    const file = Array.isArray(rest) ? rest.map((part) => encodeURIComponent(part)).join('/') : '';
    const found = await site.respond(`${BRIEF_ORIGIN}/${file}`);
    if (!found) throw notFound(`The brief has no file ${file}`);
    for (const [name, value] of Object.entries(found.headers)) res.setHeader(name, value);
    res.setHeader('Content-Security-Policy', previewCsp(found.headers['Content-Security-Policy'] ?? ''));
    res.setHeader('Cache-Control', 'private, max-age=900');
    res.setHeader('Content-Type', found.contentType);
    res.status(found.status).send(found.body);
  });

  // After the route above, which takes /studio/previews/<token>/ (a trailing slash matches both).
  router.get('/studio/previews/:token', (req: Request, res: Response) => {
    res.redirect(301, `/studio/previews/${encodeURIComponent(String(req.params['token']))}/`);
  });
}
