import type { Lang } from '@sco/core';
import { FAVICON_LINKS } from './favicon.js';
import { markup, type SafeHtml } from './html.js';
import { HTML_LANG } from './page-lang.js';
import { SITE_PATHS, siteTextsFor, type SitePath } from './texts/site-texts.js';

/** The Observatory's pages, in the order of the navigation, with their English names. */
export const SITE_NAV = SITE_PATHS.map((href) => ({ href, label: siteTextsFor('en').nav[href] }));

/** The pages written in every language: a link to them from a page in French or Chinese keeps its language. */
const TRANSLATED: ReadonlySet<SitePath> = new Set(['/', '/demo']);

export interface SitePage {
  /** The language the page is written in (English unless it says). */
  readonly lang?: Lang;
  readonly title: string;
  readonly description: string;
  /** The path of the page, marked in the navigation. */
  readonly path: string;
  /** Stylesheet URLs. */
  readonly styles: readonly string[];
  /** What goes at the end of <head>: the widgets' script tags, the page's own module scripts. */
  readonly head: SafeHtml;
  readonly main: SafeHtml;
  /** Beside the navigation (the language switch). */
  readonly tools?: SafeHtml;
  readonly footer?: SafeHtml;
}

/** A page of the Observatory's site: header with navigation, main content, footer, in its language, escaped. */
export function sitePage(page: SitePage): SafeHtml {
  const lang = page.lang ?? 'en';
  const texts = siteTextsFor(lang);
  const href = (path: SitePath) => (lang !== 'en' && TRANSLATED.has(path) ? `${path}?lang=${lang}` : path);
  return markup`<!doctype html>
    <html lang="${HTML_LANG[lang]}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${page.title}</title>
        <meta name="description" content="${page.description}" />
        <meta name="color-scheme" content="light dark" />
        ${FAVICON_LINKS}
        ${page.styles.map((href) => markup`<link rel="stylesheet" href="${href}" />`)} ${page.head}
      </head>
      <body>
        <a class="skip" href="#main">${texts.skip}</a>
        <header class="site-header">
          <div class="bar">
            <a class="brand" href="${href('/')}"><span class="brand-mark" aria-hidden="true"></span>${texts.name}</a>
            <nav class="site-nav" aria-label="${texts.navLabel}">
              ${SITE_PATHS.map((path) => {
                const current = path === page.path ? markup` aria-current="page"` : '';
                const english = lang !== 'en' && !TRANSLATED.has(path) ? markup` hreflang="en"` : '';
                return markup`<a href="${href(path)}"${current}${english}>${texts.nav[path]}</a>`;
              })}
            </nav>
            ${page.tools ?? ''}
          </div>
        </header>
        <main id="main">${page.main}</main>
        <footer class="site-footer">
          ${page.footer ?? ''}
          <p>${texts.footer}</p>
        </footer>
      </body>
    </html>
  `;
}
