import type { BriefContext } from './brief-context.js';
import { html, type SafeHtml } from './html.js';

/** The widgets a brief draws its charts with. */
export type WidgetTag = 'sco-figure' | 'sco-timeline' | 'sco-map' | 'sco-breakdown' | 'sco-partner';

export interface WidgetItem {
  readonly tag: WidgetTag;
  /**
   * The widget's inline properties (print mode): `data`, the JSON body of the API's answer to the widget's
   * query, and any other it documents (the timeline's `tallies`, the map's `geometryData`).
   */
  readonly props: { readonly data: unknown } & Readonly<Record<string, unknown>>;
  /** Attributes of the element (values are escaped). */
  readonly attributes?: Readonly<Record<string, string>>;
}

export interface FigureSpec {
  /** One chart, or a row of them (e.g. headline figures side by side). */
  readonly items: readonly WidgetItem[];
  readonly caption: string;
  /** Alternative text: what the figure shows, in words. */
  readonly alt: string;
  /** Its height on the page. */
  readonly size?: 'small' | 'medium' | 'large';
}

function widget(ctx: BriefContext, item: WidgetItem): SafeHtml {
  const attributes = Object.entries(item.attributes ?? {}).map(([name, value]) => html` ${name}="${value}"`);
  const id = ctx.addWidget(item.props);
  // The tag is one of WidgetTag, never data.
  return html`<div class="widget-cell"><${item.tag} class="widget" data-widget="${id}" lang="${ctx.lang}" theme="light"${attributes}></${item.tag}></div>`;
}

/** Other sources of a caption, listed with the separator of its language ("a; b", "a ; b", "a；b"). */
export function sourceList(ctx: BriefContext, sources: readonly string[]): string {
  return sources.join({ en: '; ', fr: '\u202f; ', zh: '；' }[ctx.lang]);
}

/** Between a caption and its source: a space, but none after a Chinese full stop ("…领域。来源：…"). */
function captionGap(ctx: BriefContext, caption: string): string {
  return ctx.lang === 'zh' && caption.endsWith('。') ? '' : ' ';
}

/**
 * A numbered figure: the widgets in print mode with their data inline, a caption naming the data release,
 * and alternative text. Without the widgets bundle, a box says the chart is unavailable.
 */
export function figure(ctx: BriefContext, spec: FigureSpec): SafeHtml {
  const n = ctx.nextFigure();
  const { m } = ctx;
  const chart = ctx.widgetsAvailable
    ? spec.items.map((item) => widget(ctx, item))
    : html`<div class="chart-unavailable">${m.text.chartUnavailable}</div>`;
  return html`<figure class="figure ${spec.size ?? 'medium'}" id="figure-${n}">
    <div class="chart${spec.items.length > 1 ? ' row' : ''}" role="img" aria-label="${spec.alt}">
      ${chart}
    </div>
    <figcaption>
      <span class="label">${m.captions.figure(n)}</span> ${spec.caption}${captionGap(ctx, spec.caption)}<span
        class="source"
        >${m.captions.source(ctx.data.release.id)}</span
      >
    </figcaption>
  </figure>`;
}

/**
 * A numbered figure drawn by the brief itself (inline SVG, e.g. a scatter of partners), its caption naming
 * the other sources it draws on (e.g. the investment tracker's citation) before the data release.
 */
export function drawnFigure(
  ctx: BriefContext,
  spec: {
    readonly chart: SafeHtml;
    readonly caption: string;
    readonly alt: string;
    readonly sources: readonly string[];
  },
): SafeHtml {
  const n = ctx.nextFigure();
  const { m } = ctx;
  return html`<figure class="figure drawn" id="figure-${n}">
    <div class="chart" role="img" aria-label="${spec.alt}">${spec.chart}</div>
    <figcaption>
      <span class="label">${m.captions.figure(n)}</span> ${spec.caption}${captionGap(ctx, spec.caption)}<span
        class="source"
        >${spec.sources.length > 0 ? m.captions.sources(sourceList(ctx, spec.sources), ctx.data.release.id) : m.captions.source(ctx.data.release.id)}</span
      >
    </figcaption>
  </figure>`;
}
