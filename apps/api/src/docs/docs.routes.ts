import { createRequire } from 'node:module';
import path from 'node:path';
import express, { type Router } from 'express';

const require = createRequire(import.meta.url);
const swaggerUiDir = path.dirname(require.resolve('swagger-ui-dist/package.json'));

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Soft Connectivity Observatory API reference</title>
<link rel="stylesheet" href="/docs/assets/swagger-ui.css">
</head>
<body>
<div id="reference"></div>
<script src="/docs/assets/swagger-ui-bundle.js"></script>
<script src="/docs/init.js"></script>
</body>
</html>
`;

const INIT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/openapi.json', dom_id: '#reference', deepLinking: true, tryItOutEnabled: false });
});
`;

/** The interactive API reference at /docs, served from local files (no CDN), under a strict CSP. */
export function docsRoutes(router: Router): void {
  router.use('/docs/assets', express.static(swaggerUiDir, { immutable: true, maxAge: '365d', index: false }));
  router.get('/docs/init.js', (_req, res) => {
    res.type('text/javascript').setHeader('Cache-Control', 'public, max-age=3600').send(INIT);
  });
  router.get(['/docs', '/docs/'], (_req, res) => {
    res.type('html').setHeader('Cache-Control', 'public, max-age=3600').send(PAGE);
  });
}
