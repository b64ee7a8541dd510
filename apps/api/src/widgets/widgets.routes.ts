import type { Request, Response, Router } from 'express';
import { notFound } from '../http/problem.js';
import { sendStaticFile } from './static-file.js';
import type { WidgetArchive } from './widget-archive.js';
import type { WidgetBundle } from './widget-bundle.js';

/** A version's files never change: browsers and CDNs keep them for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** `/widgets/latest/…` moves to the next version within five minutes. */
export const LATEST = 'public, max-age=300';

/** The path of a file of the widgets: `/widgets/<version>/<file>`. */
export function widgetPath(version: string, file: string): string {
  return `/widgets/${version}/${file}`;
}

function fileParam(req: Request): string {
  const file: unknown = req.params['file'];
  return Array.isArray(file) ? file.join('/') : String(file);
}

/**
 * The built widgets (@sco/widgets' dist/, only the files its manifest lists):
 * - `/widgets/<version>/<file>`: the files of that version, immutable, cached for a year — the current
 *   version's, or an earlier one's from the archive of every version served (see WidgetArchive);
 * - `/widgets/latest/<file>`: a 302 redirect to the current version's file, cached five minutes, so that a
 *   page that mixes latest and versioned URLs still runs one copy of the shared modules (their imports
 *   resolve against the versioned URL);
 * - `/widgets/docs`: a redirect to the current version's docs page.
 * CORS is open, as for every read; anything else is a 404 problem.
 */
export function widgetsRoutes(router: Router, bundle: WidgetBundle, archive: WidgetArchive): void {
  router.get('/widgets/docs', async (_req: Request, res: Response) => {
    const { manifest } = await bundle.get();
    res.setHeader('Cache-Control', LATEST);
    res.redirect(302, widgetPath(manifest.version, 'docs.html'));
  });

  router.get('/widgets/:version/*file', async (req: Request, res: Response) => {
    const { manifest, files } = await bundle.get();
    const version = String(req.params['version']);
    const name = fileParam(req);
    const current = version === 'latest' || version === manifest.version;
    const file = current ? files.get(name) : await archive.file(version, name);
    if (!file && !current) {
      throw notFound(
        `No file ${name} of widgets ${version} here; this API serves ${manifest.version} (and latest) and ` +
          'the earlier versions it has served',
      );
    }
    if (!file) throw notFound(`The widgets ${manifest.version} have no file ${name}`);
    if (version === 'latest') {
      res.setHeader('Cache-Control', LATEST);
      res.redirect(302, widgetPath(manifest.version, name));
      return;
    }
    if (file.type.startsWith('text/html')) {
      res.setHeader(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'",
      );
    }
    sendStaticFile(req, res, file, IMMUTABLE);
  });
}
