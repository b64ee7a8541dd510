import { FAVICON_LINKS } from './favicon.js';
import { markup, type SafeHtml } from './html.js';

/** The Observatory's pages, in the order of the navigation. */
export const SITE_NAV = [
  { href: '/', label: 'Overview' },
  { href: '/embed', label: 'Embed a widget' },
  { href: '/demo', label: 'Demo partner page' },
  { href: '/widgets/docs', label: 'Widget docs' },
  { href: '/docs', label: 'API reference' },
  { href: '/studio', label: 'Brief studio' },
] as const;

export interface SitePage {
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

/** A page of the Observatory's site: header with navigation, main content, footer. English, escaped. */
export function sitePage(page: SitePage): SafeHtml {
  return markup`<!doctype html>
    <html lang="en">
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
        <a class="skip" href="#main">Skip to the content</a>
        <header class="site-header">
          <div class="bar">
            <a class="brand" href="/"><span class="brand-mark" aria-hidden="true"></span>Soft Connectivity Observatory</a>
            <nav class="site-nav" aria-label="Site">
              ${SITE_NAV.map((item) => {
                const current = item.href === page.path ? markup` aria-current="page"` : '';
                return markup`<a href="${item.href}"${current}>${item.label}</a>`;
              })}
            </nav>
            ${page.tools ?? ''}
          </div>
        </header>
        <main id="main">${page.main}</main>
        <footer class="site-footer">
          ${page.footer ?? ''}
          <p>
            Code MIT; data CC BY 4.0 — cite the release you use. Widgets send no cookies and store nothing.
          </p>
        </footer>
      </body>
    </html>
  `;
}
