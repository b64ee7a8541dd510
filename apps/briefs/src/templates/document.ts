import { formatDay } from '../i18n/format-date.js';
import type { BriefContext } from './brief-context.js';
import { html, jsonForScript, SafeHtml } from './html.js';
import type { BriefContent } from './section.js';

/**
 * The page's configuration, read by its script: each chart's inline properties, the widgets' module, and
 * the texts of the margin boxes.
 */
export interface PageConfig {
  readonly widgets: readonly { readonly id: string; readonly props: Readonly<Record<string, unknown>> }[];
  readonly widgetsUrl: string | null;
  /** Texts drawn only in the page margins (running heads, footer), whose glyphs must be loaded too. */
  readonly marginTexts: readonly string[];
}

export interface DocumentParts {
  readonly ctx: BriefContext;
  readonly content: BriefContent;
  readonly generatedAt: Date;
  readonly marginTexts: readonly string[];
  /** The widgets' module in the brief's origin, or null without the widgets bundle. */
  readonly widgetsUrl: string | null;
  /** Modules the page fetches as it is parsed (the widgets' files). */
  readonly modulePreloads: readonly string[];
  /** The stylesheet and script of the page in the brief's origin. */
  readonly stylesUrl: string;
  readonly fontsUrl: string;
  readonly scriptUrl: string;
  readonly keywords: readonly string[];
  readonly author: string;
}

/** The id of a section's heading, the anchor the contents link to. */
export function sectionAnchor(id: string): string {
  return `section-${id}`;
}

function cover(parts: DocumentParts): SafeHtml {
  const { ctx, content, generatedAt } = parts;
  const { m, lang, data } = ctx;
  const published = data.release.published_at === null ? '—' : formatDay(data.release.published_at, lang);
  return html`<div class="cover">
    <div class="band">
      <p class="series">${m.observatory}</p>
      <p class="kind">${m.briefKind}</p>
    </div>
    <h1 class="cover-title">${content.title}</h1>
    <p class="subtitle">${content.subtitle}</p>
    ${
      content.headline === undefined
        ? ''
        : html`<p class="headline-figure">
            <span class="figure">${content.headline.figure}</span>
            <span class="label">${content.headline.label}</span>
          </p>`
    }
    ${
      content.findings.length > 0
        ? html`<div class="findings">
            <h2>${m.cover.keyFindings}</h2>
            <ul>
              ${content.findings.map((finding) => html`<li>${finding}</li>`)}
            </ul>
          </div>`
        : ''
    }
    ${content.coverMap ?? ''}
    ${ctx.length === 'report' ? html`<p class="range-note">${m.cover.rangeNote}</p>` : ''}
    <dl class="facts">
      <dt>${m.cover.release}</dt>
      <dd>${data.release.id}</dd>
      <dt>${m.cover.published}</dt>
      <dd>${published}</dd>
      <dt>${m.cover.generated}</dt>
      <dd>${formatDay(generatedAt, lang)}</dd>
      <dt>${m.cover.language}</dt>
      <dd>${m.cover.languageName}</dd>
    </dl>
  </div>`;
}

function contents(parts: DocumentParts): SafeHtml {
  const { ctx, content } = parts;
  // The short brief's contents are a box at the top of page 2; the report's take a page of their own.
  return html`<nav class="toc${ctx.length === 'brief' ? ' box' : ''}" aria-labelledby="toc-title">
    <h1 id="toc-title">${ctx.m.contents}</h1>
    <ol>
      ${content.sections.map(
        (section, index) =>
          html`<li>
            <a href="#${sectionAnchor(section.id)}">
              <span class="number">${index + 1}</span><span class="title">${section.title}</span
              ><span class="leader"></span><span class="page" data-toc="${sectionAnchor(section.id)}">0</span>
            </a>
          </li>`,
      )}
    </ol>
  </nav>`;
}

function sections(parts: DocumentParts): SafeHtml[] {
  return parts.content.sections.map(
    (section, index) =>
      html`<section
        class="brief-section ${section.id}-section${index === 0 ? ' first' : ''}"
        aria-labelledby="${sectionAnchor(section.id)}"
      >
        <div class="section-lead">
          <h1 id="${sectionAnchor(section.id)}"><span class="number">${index + 1}</span> ${section.title}</h1>
          ${section.body.lead}
        </div>
        ${section.body.rest}
      </section>`,
  );
}

/**
 * The whole HTML document of a brief. Every text in it was escaped by `html`; the charts' data is JSON in a
 * non-executable script element; scripts and styles come only from the brief's origin.
 */
export function briefDocument(parts: DocumentParts): string {
  const { ctx, content } = parts;
  const config: PageConfig = {
    widgets: ctx.widgets,
    widgetsUrl: parts.widgetsUrl,
    marginTexts: parts.marginTexts,
  };
  const page = html`<!doctype html>
    <html lang="${ctx.m.locale}">
      <head>
        <meta charset="utf-8" />
        <title>${content.title}</title>
        <meta name="author" content="${parts.author}" />
        <meta name="description" content="${content.subtitle}" />
        <meta name="keywords" content="${parts.keywords.join(', ')}" />
        ${parts.modulePreloads.map((url) => html`<link rel="modulepreload" href="${url}" />`)}
        <link rel="stylesheet" href="${parts.fontsUrl}" />
        <link rel="stylesheet" href="${parts.stylesUrl}" />
        <script type="application/json" id="brief-config">
          ${new SafeHtml(jsonForScript(config))}
        </script>
        <script type="module" src="${parts.scriptUrl}"></script>
      </head>
      <body class="length-${ctx.length}">
        ${cover(parts)} ${contents(parts)}
        <main>${sections(parts)}</main>
      </body>
    </html> `;
  return page.value;
}
