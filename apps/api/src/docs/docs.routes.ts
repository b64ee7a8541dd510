import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Request, type Response, type Router } from 'express';
import { markup } from '../pages/html.js';
import { AssetSet, serveAssets } from '../pages/page-assets.js';
import { sendPage } from '../pages/send-page.js';
import { sitePage } from '../pages/site-layout.js';

const require = createRequire(import.meta.url);
const swaggerUiDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));

/** The reference's own files: the site's stylesheet, the overrides of Swagger UI's colours, its start-up. */
const DOCS_ASSETS = new AssetSet('/docs/site/', {
  'site.css': { asset: 'pages/site.css' },
  'docs.css': { asset: 'docs/docs.css' },
  'docs.js': { asset: 'docs/docs.js' },
});

/**
 * Swagger UI sets the height of what it folds and unfolds through the style property: the reference keeps the
 * default policy of the API's responses (helmet's), which allows that, and scripts and styles of its own origin.
 */
export const DOCS_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * The interactive API reference at /docs: Swagger UI (served from local files, no CDN) in the site's layout,
 * with the site's header and navigation, under its own CSP.
 */
export function docsRoutes(router: Router): void {
  router.use('/docs/assets', express.static(swaggerUiDir, { immutable: true, maxAge: '365d', index: false }));
  serveAssets(router, DOCS_ASSETS);
  router.get(['/docs', '/docs/'], async (req: Request, res: Response) => {
    const page = sitePage({
      title: 'API reference — Soft Connectivity Observatory',
      description:
        'The REST API of the Soft Connectivity Observatory: every operation, its parameters and answers, from its OpenAPI document.',
      path: '/docs',
      styles: [
        await DOCS_ASSETS.url('site.css'),
        '/docs/assets/swagger-ui.css',
        await DOCS_ASSETS.url('docs.css'),
      ],
      head: markup`<script defer src="/docs/assets/swagger-ui-bundle.js"></script>
        <script defer src="${await DOCS_ASSETS.url('docs.js')}"></script>`,
      main: markup`<div class="page-title">
          <h1>API reference</h1>
          <p class="intro">
            Every operation of the API with its parameters and answers, read from its OpenAPI 3.1 document
            (<a href="/openapi.json">/openapi.json</a>). Reads are public; edits, releases and briefs need an API
            key.
          </p>
        </div>
        <div id="reference" class="reference"></div>
        <noscript><p>The interactive reference needs JavaScript: the document itself is at /openapi.json.</p></noscript>`,
    });
    sendPage(req, res, page, DOCS_CSP);
  });
}
