import type { Lang } from '@sco/core';
import { FAVICON_LINKS } from './favicon.js';
import { markup, type SafeHtml } from './html.js';
import { HTML_LANG, langSwitch } from './page-lang.js';
import { demoTextsFor } from './texts/demo-texts.js';
import { siteTextsFor } from './texts/site-texts.js';

export interface DemoView {
  readonly lang: Lang;
  readonly stylesheet: string;
  /** The widgets' script tags, as the embed builder writes them (versioned, with integrity). */
  readonly widgetTags: SafeHtml;
}

/**
 * `/demo`: a page that behaves like a partner site — a fictional standards newsletter with its own fonts
 * (served from /demo/assets), its own styles and a strict Content-Security-Policy — that embeds several widgets
 * and brands them through their custom properties. The newsletter has no dark edition, so its widgets are
 * `theme="light"` (by default they follow the reader's system and would turn dark on its light paper). It is
 * written in the language asked for, and its widgets speak it.
 */
export function demoPage({ lang, stylesheet, widgetTags }: DemoView): SafeHtml {
  const t = demoTextsFor(lang);
  const home = lang === 'en' ? '/' : `/?lang=${lang}`;
  return markup`<!doctype html>
    <html lang="${HTML_LANG[lang]}">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${t.title}</title>
        ${FAVICON_LINKS}
        <link rel="stylesheet" href="${stylesheet}" />
        ${widgetTags}
      </head>
      <body>
        <aside class="demo-banner" aria-label="${t.bannerLabel}">
          ${t.banner((text) => markup`<a href="/embed">${text}</a>`)}
          <a href="${home}">${t.back}</a>
        </aside>
        <header class="masthead">
          <p class="kicker">${t.kicker}</p>
          <p class="name">${t.name}</p>
          ${langSwitch(lang, siteTextsFor(lang).language)}
        </header>
        <main class="article">
          <article>
            <h1>${t.heading}</h1>
            <p class="standfirst">${t.standfirst}</p>
            <div class="figure-row">
              <sco-figure indicator="agreements" lang="${lang}" theme="light"></sco-figure>
              <sco-figure indicator="partners" lang="${lang}" theme="light"></sco-figure>
              <sco-figure indicator="bri_share" lang="${lang}" theme="light"></sco-figure>
            </div>
            <p>${t.body}</p>
            <sco-timeline lang="${lang}" theme="light"></sco-timeline>
            <h2>${t.whereTitle}</h2>
            <p>${t.where}</p>
            <sco-map lang="${lang}" theme="light"></sco-map>
            <h2>${t.closerTitle}</h2>
            <p>${t.closer(markup`<code>::part(agreements)</code>`)}</p>
            <div class="two">
              <sco-partner partner="DEU" lang="${lang}" theme="light"></sco-partner>
              <sco-breakdown by="region" lang="${lang}" theme="light"></sco-breakdown>
            </div>
          </article>
        </main>
        <footer class="colophon">
          <p>${t.colophon}</p>
        </footer>
      </body>
    </html>
  `;
}
