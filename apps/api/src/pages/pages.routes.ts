import type { Request, Response, Router } from 'express';
import type { AppDeps } from '../deps.js';
import { requestOrigin } from '../feed/request-origin.js';
import type { DatasetCache } from '../reading/dataset-cache.js';
import { releaseLookup } from '../reading/release-lookup.js';
import type { WidgetBundle } from '../widgets/widget-bundle.js';
import { widgetElements, type WidgetElement } from '../widgets/widget-elements.js';
import { demoPage } from './demo.page.js';
import { embedMain } from './embed.page.js';
import { coverageTable } from './coverage-table.js';
import { landingMain } from './landing.page.js';
import { AssetSet, serveAssets } from './page-assets.js';
import { DEMO_CSP, SITE_CSP } from './page-csp.js';
import { langSwitch, pageLang } from './page-lang.js';
import { sendPage } from './send-page.js';
import { sitePage } from './site-layout.js';
import { sourcesTable } from './sources-table.js';
import { landingTextsFor } from './texts/landing-texts.js';
import { siteTextsFor } from './texts/site-texts.js';
import { widgetScriptTags } from './widget-tags.js';
import { markup } from './html.js';

const fontsource = (family: string, file: string) => ({ module: `@fontsource/${family}/files/${file}` });

/** The site's own styles and scripts. */
const SITE_ASSETS = new AssetSet('/pages/assets/', {
  'site.css': { asset: 'pages/site.css' },
  'landing.js': { asset: 'pages/landing.js' },
  'embed.js': { asset: 'pages/embed.js' },
  'embed-snippet.js': { asset: 'pages/embed-snippet.js' },
});

/** The demo partner's own styles, script and fonts (Work Sans and Fraunces, from their @fontsource packages). */
const DEMO_ASSETS = new AssetSet('/demo/assets/', {
  'demo.css': { asset: 'demo/demo.css' },
  'work-sans-latin-400-normal.woff2': fontsource('work-sans', 'work-sans-latin-400-normal.woff2'),
  'work-sans-latin-600-normal.woff2': fontsource('work-sans', 'work-sans-latin-600-normal.woff2'),
  'fraunces-latin-600-normal.woff2': fontsource('fraunces', 'fraunces-latin-600-normal.woff2'),
});

/**
 * The Observatory's pages, rendered on the server from templates (every value escaped), each with a strict
 * Content-Security-Policy: `/` the landing page, `/embed` the embed builder, `/demo` a demo partner page. Their
 * scripts and styles are files of their own (/pages/assets, /demo/assets); the widgets come from /widgets.
 */
export function pagesRoutes(
  router: Router,
  deps: AppDeps,
  widgets: WidgetBundle,
  datasets: DatasetCache,
): void {
  let elements: Promise<readonly WidgetElement[]> | null = null;
  const widgetElementsOnce = () => {
    elements ??= widgets.get().then(({ files }) => {
      const json = files.get('custom-elements.json');
      if (!json) throw new Error("the widgets' build has no custom-elements.json");
      return widgetElements(json.body.toString('utf8'));
    });
    return elements;
  };

  serveAssets(router, SITE_ASSETS);
  serveAssets(router, DEMO_ASSETS);

  router.get('/', async (req: Request, res: Response) => {
    const lang = pageLang(req.query);
    const loaded = await widgets.get();
    const release = await releaseLookup(deps.db).latest();
    const loadedData = release
      ? await datasets.get({ kind: 'release', partition: release.id, release, pinned: false })
      : null;
    const before = release ? await releaseLookup(deps.db).previous(release.id) : undefined;
    const earlier = before
      ? {
          id: before.id,
          agreements: await datasets.coverageInputs(before.id),
        }
      : undefined;
    const texts = landingTextsFor(lang);
    const page = sitePage({
      lang,
      title: texts.title,
      description: texts.description,
      path: '/',
      styles: [await SITE_ASSETS.url('site.css')],
      head: markup`${widgetScriptTags(loaded)}
        ${widgetScriptTags(loaded, 'sco-scatter.js')}
        ${widgetScriptTags(loaded, 'sco-network.js')}
        <script type="module" src="${await SITE_ASSETS.url('landing.js')}"></script>`,
      tools: langSwitch(lang, siteTextsFor(lang).language),
      main: landingMain({
        lang,
        release,
        widgetsVersion: loaded.manifest.version,
        coverage: loadedData
          ? markup`${coverageTable(lang, loadedData.agreements, loadedData.tallies, earlier)}
              ${sourcesTable(lang, loadedData.agreements)}`
          : markup``,
      }),
    });
    sendPage(req, res, page, SITE_CSP);
  });

  router.get('/embed', async (req: Request, res: Response) => {
    const loaded = await widgets.get();
    const page = sitePage({
      title: 'Embed a widget — Soft Connectivity Observatory',
      description:
        'Choose a widget and its options, see it live and copy the snippet, with integrity hashes.',
      path: '/embed',
      styles: [await SITE_ASSETS.url('site.css')],
      head: markup`${widgetScriptTags(loaded)}
        ${loaded.manifest.separate.map((tag) => widgetScriptTags(loaded, loaded.manifest.widgets[tag]))}
        <script type="module" src="${await SITE_ASSETS.url('embed.js')}"></script>`,
      main: embedMain({ origin: requestOrigin(req), widgets: loaded, elements: await widgetElementsOnce() }),
    });
    sendPage(req, res, page, SITE_CSP);
  });

  router.get('/demo', async (req: Request, res: Response) => {
    const page = demoPage({
      lang: pageLang(req.query),
      stylesheet: await DEMO_ASSETS.url('demo.css'),
      widgetTags: widgetScriptTags(await widgets.get()),
    });
    sendPage(req, res, page, DEMO_CSP);
  });
}
