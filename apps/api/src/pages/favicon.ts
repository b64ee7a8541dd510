import type { Request, Response, Router } from 'express';
import { markup, type SafeHtml } from './html.js';
import { AssetSet } from './page-assets.js';
import { sendStaticFile } from '../widgets/static-file.js';

/** Icons live at fixed URLs browsers ask for on their own: kept a day, then revalidated with their ETag. */
export const FAVICON_CACHE = 'public, max-age=86400';

/** The site's icon: an SVG for browsers that take one, an ICO (16, 32 and 48 px) for the others. */
const FAVICONS = new AssetSet('/', {
  'favicon.svg': { asset: 'pages/favicon.svg' },
  'favicon.ico': { asset: 'pages/favicon.ico' },
});

/** The <link> tags every HTML page of the API carries, so that no browser asks for an icon that is not there. */
export const FAVICON_LINKS: SafeHtml = markup`<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
  <link rel="icon" href="/favicon.ico" sizes="16x16 32x32 48x48" />`;

/** Serves /favicon.svg and /favicon.ico. */
export function faviconRoutes(router: Router): void {
  for (const name of ['favicon.svg', 'favicon.ico']) {
    router.get(`/${name}`, async (req: Request, res: Response) => {
      const file = (await FAVICONS.files()).get(name);
      if (!file) throw new Error(`the favicon ${name} is not among the API's assets`);
      sendStaticFile(req, res, file, FAVICON_CACHE);
    });
  }
}
