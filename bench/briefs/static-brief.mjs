// The final static HTML of a brief, written to a folder with its stylesheets and font files, so that a bare
// page.pdf, `chromium --print-to-pdf`, WeasyPrint and wkhtmltopdf all render the same thing as the renderer.
//
// The brief is loaded in Chromium from its own site (as the renderer loads it), its charts drawn and its
// contents numbered with the pages of a real render; then each chart — a custom element drawing into its
// shadow root — is replaced by a plain element holding the same tree, styled inline (only what differs) until
// every element computes the same style as before. The scripts are removed: what is left is HTML, CSS and
// fonts, which the other tools can read.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BRIEF_ORIGIN } from '@sco/briefs';
import { flattenInPage } from './flatten-in-page.mjs';

/** Answers the page's requests from the brief's site and refuses the rest, as the renderer does. */
async function serveSite(page, site) {
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    void (async () => {
      const response = await site.respond(request.url());
      if (response) {
        await request.respond({
          status: response.status,
          contentType: response.contentType,
          body: response.body,
          headers: response.headers,
        });
      } else {
        await request.abort('blockedbyclient');
      }
    })().catch(() => undefined);
  });
}

/** The files a stylesheet names by relative URL (the fonts of fonts.css). */
function relativeUrls(css) {
  return [...new Set([...css.matchAll(/url\(\.\/([^)'"]+)\)/g)].map((match) => match[1]))];
}

async function siteFile(site, pathname) {
  const response = await site.respond(`${BRIEF_ORIGIN}/${pathname}`);
  if (!response) throw new Error(`the brief's site has no /${pathname}`);
  return response.body;
}

/**
 * Writes the final static HTML of a brief to `dir` (index.html, brief.css, fonts.css and the font files
 * beside it) and returns its path, with how far the flattened charts match the live ones.
 * `preview` is the renderer's renderHtml() of the brief; `tocPages` the section pages of its render.
 */
export async function writeStaticBrief(browser, preview, tocPages, dir) {
  const context = await browser.createBrowserContext();
  let flattened;
  try {
    const page = await context.newPage();
    await serveSite(page, preview.site);
    await page.emulateMediaType('print');
    const response = await page.goto(`${BRIEF_ORIGIN}/`, { waitUntil: 'load' });
    if (!response?.ok()) throw new Error('the brief page did not load');
    await page.waitForFunction('window.__briefReady === true || typeof window.__briefError === "string"', {
      polling: 50,
      timeout: 60_000,
    });
    const error = await page.evaluate('window.__briefError');
    if (error !== undefined) throw new Error(`the brief page could not get ready: ${error}`);
    flattened = await page.evaluate(flattenInPage, tocPages);
  } finally {
    await context.close();
  }
  await mkdir(dir, { recursive: true });
  const fontsCss = String(await siteFile(preview.site, 'fonts.css'));
  await writeFile(path.join(dir, 'fonts.css'), fontsCss);
  await writeFile(path.join(dir, 'brief.css'), await siteFile(preview.site, 'brief.css'));
  for (const file of relativeUrls(fontsCss)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), await siteFile(preview.site, file));
  }
  const html = path.join(dir, 'index.html');
  await writeFile(html, flattened.html);
  return { html, widgets: flattened.widgets, elements: flattened.elements, unmatched: flattened.unmatched };
}
