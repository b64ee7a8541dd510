import type { Lang } from '@sco/core';
import { FAVICON_LINKS } from './favicon.js';
import { markup, type SafeHtml } from './html.js';
import { langSwitch } from './page-lang.js';

export interface DemoView {
  readonly lang: Lang;
  readonly stylesheet: string;
  readonly script: string;
  /** The widgets' script tags, as the embed builder writes them (versioned, with integrity). */
  readonly widgetTags: SafeHtml;
}

/**
 * `/demo`: a page that behaves like a partner site — a fictional standards newsletter with its own fonts
 * (served from /demo/assets), its own styles and a strict Content-Security-Policy — that embeds several widgets
 * and brands them through their custom properties. The newsletter has no dark edition, so its widgets are
 * `theme="light"` (by default they follow the reader's system and would turn dark on its light paper).
 */
export function demoPage({ lang, stylesheet, script, widgetTags }: DemoView): SafeHtml {
  return markup`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>The Standards Courier — China's standards diplomacy in figures (demo partner page)</title>
        ${FAVICON_LINKS}
        <link rel="stylesheet" href="${stylesheet}" />
        ${widgetTags}
        <script type="module" src="${script}"></script>
      </head>
      <body>
        <aside class="demo-banner" aria-label="About this demo">
          A demo of a partner site: its own fonts, styles and Content-Security-Policy, with the Observatory's
          widgets embedded as the <a href="/embed">embed builder</a> writes them.
          <a href="/">Back to the Observatory</a>
        </aside>
        <header class="masthead">
          <p class="kicker">Issue 42 · Standards &amp; trade</p>
          <p class="name">The Standards Courier</p>
          ${langSwitch(lang, 'Language of the figures')}
        </header>
        <main class="article">
          <article>
            <h1>China's standards diplomacy, in figures</h1>
            <p class="standfirst">
              Beijing has signed standards-cooperation documents with dozens of national bodies and regional
              organisations. How many, with whom, and since when? The live figures below come from the Soft
              Connectivity Observatory.
            </p>
            <div class="figure-row">
              <sco-figure indicator="agreements" lang="${lang}" theme="light"></sco-figure>
              <sco-figure indicator="partners" lang="${lang}" theme="light"></sco-figure>
              <sco-figure indicator="bri_share" lang="${lang}" theme="light"></sco-figure>
            </div>
            <p>
              Most of the documents are memoranda of understanding between standards bodies: exchanges of
              information, training, and joint work in ISO and IEC committees. A smaller group goes further,
              with lists of standards that each side recognises.
            </p>
            <sco-timeline lang="${lang}" theme="light"></sco-timeline>
            <h2>Where the partners are</h2>
            <p>Shaded countries have at least one agreement; regional bodies are listed beside the map.</p>
            <sco-map lang="${lang}" theme="light"></sco-map>
            <h2>A closer look: Germany</h2>
            <p>
              Germany's standards body, DIN, was one of the first to sign with its Chinese counterpart. The
              Courier shows the profile card without its list of agreements (<code>::part(agreements)</code>
              hidden).
            </p>
            <div class="two">
              <sco-partner partner="DEU" lang="${lang}" theme="light"></sco-partner>
              <sco-breakdown by="region" lang="${lang}" theme="light"></sco-breakdown>
            </div>
          </article>
        </main>
        <footer class="colophon">
          <p>
            The Standards Courier is fictional. Figures: Soft Connectivity Observatory, CC BY 4.0 — each
            widget names its release and links to its data.
          </p>
        </footer>
      </body>
    </html>
  `;
}
