import {
  html,
  nothing,
  svg,
  type ReactiveControllerHost,
  type SVGTemplateResult,
  type TemplateResult,
} from 'lit';
import { formatNumber } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { nextIndex } from '../shared/roving.js';
import { niceTicks, px } from '../shared/scale.js';
import type { Investment, InvestmentYear } from './investment-series.js';
import { investmentText } from './investment-text.js';
import { investmentStyles } from './investment.styles.js';

/** Where the panel goes in a chart, and the chart's time axis it shares. */
export interface PanelPlace {
  readonly top: number;
  /** The drawing's width, and the left and right ends of the time axis. */
  readonly width: number;
  readonly left: number;
  readonly right: number;
  readonly band: number;
  readonly xAt: (year: number) => number;
  /** The years labelled under the panel. */
  readonly tickYears: readonly number[];
  readonly lang: Lang;
}

/** Height of the bars' area. */
const HEIGHT = 72;
/** An axis reaching this many USD millions is written in billions. */
const BILLIONS = 10_000;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Chinese investment and construction as bars on a chart's time axis, on a scale of their own (USD million, or
 * billion for large sums), labelled in the panel's title. Every bar with deals takes keyboard focus (arrow keys,
 * Home, End) and hover, and announces its year, amount and deals; the focused bar is written under the chart.
 */
export class InvestmentView {
  /** The bar in focus (an index into the years with deals). */
  private active = 0;

  constructor(private readonly host: Host) {}

  /** The panel (title, axis, bars, year labels) and where the drawing ends under it. */
  panel(
    investment: Investment,
    place: PanelPlace,
  ): { readonly template: SVGTemplateResult; readonly bottom: number } {
    this.adoptStyles();
    const { lang, left, right, band, xAt, width } = place;
    const max = Math.max(0, ...investment.years.map((y) => y.usd));
    // Billions as soon as the axis would reach 10,000 millions (too wide a label for the axis' margin).
    const billions = (niceTicks(max, 3, true).at(-1) ?? 0) >= BILLIONS;
    const divisor = billions ? 1000 : 1;
    const ticks = niceTicks(max / divisor, 3, true);
    const top = ticks.at(-1) || 1;
    // The title from the drawing's left edge (not the axis', so that a phone's narrow drawing holds it), in one
    // line, or two when it is wider than the drawing (split after its comma); 7 px a character at 11 px bold.
    const title = investmentText(lang, billions ? 'billion' : 'million');
    const comma = Math.max(title.indexOf(', '), title.indexOf('，'));
    const lines =
      title.length * (lang === 'zh' ? 12 : 7) > width - 8 && comma > 0
        ? [title.slice(0, comma + 1), title.slice(comma + 1).trim()]
        : [title];
    const y0 = place.top + 14;
    const barsTop = y0 + (lines.length - 1) * 14 + 12;
    const bottom = barsTop + HEIGHT;
    const yAt = (usd: number) => bottom - (usd / divisor / top) * HEIGHT;
    const bars = this.bars(investment);
    const active = Math.min(this.active, Math.max(bars.length - 1, 0));
    const template = svg`<g class="investment" part="investment">
      ${lines.map((line, i) => svg`<text class="inv-title" x="0" y=${y0 + i * 14}>${line}</text>`)}
      ${ticks.map(
        (
          v,
        ) => svg`<line class="inv-grid" x1=${left} x2=${right} y1=${px(bottom - (v / top) * HEIGHT)} y2=${px(bottom - (v / top) * HEIGHT)}></line>
          <text class="tick" x=${left - 6} y=${px(bottom - (v / top) * HEIGHT + 4)} text-anchor="end">${formatNumber(lang, v)}</text>`,
      )}
      <g role="group" aria-label=${investmentText(lang, 'label')} @keydown=${(event: KeyboardEvent) => {
        this.onKeyDown(event, bars.length);
      }}>
        ${bars.map((y, index) => {
          const x = xAt(y.year) + band * 0.15;
          const label = this.describe(y, lang);
          const select = () => {
            this.active = index;
            this.host.requestUpdate();
          };
          return svg`<g class=${`inv${index === active ? ' active' : ''}`} data-inv=${index} data-year=${y.year}
            tabindex=${index === active ? 0 : -1} role="img" aria-label=${label} @pointerenter=${select} @focus=${select}>
            <title>${label}</title>
            <rect class="inv-hit" x=${px(xAt(y.year))} width=${px(band)} y=${barsTop} height=${HEIGHT}></rect>
            <rect class="inv-bar" x=${px(x)} width=${px(Math.max(band * 0.7, 1))} y=${px(Math.min(yAt(y.usd), bottom - 1))}
              height=${px(Math.max(bottom - yAt(y.usd), 1))}></rect>
            ${
              // The selected bar's outline marks the reader's place on the screen: an exported file leaves it out.
              index === active
                ? svg`<rect class="inv-outline" data-export="omit" x=${px(x)} width=${px(Math.max(band * 0.7, 1))}
                    y=${px(Math.min(yAt(y.usd), bottom - 1))} height=${px(Math.max(bottom - yAt(y.usd), 1))}></rect>`
                : nothing
            }
          </g>`;
        })}
      </g>
      <line class="axis" x1=${left} x2=${right} y1=${bottom} y2=${bottom}></line>
      ${place.tickYears.map(
        (year) =>
          svg`<text class="tick" x=${px(xAt(year) + band / 2)} y=${bottom + 16} text-anchor="middle">${year}</text>`,
      )}
    </g>`;
    return { template, bottom: bottom + 26 };
  }

  /** The focused bar in words, under the chart (the bars announce themselves to a screen reader). */
  readout(investment: Investment, lang: Lang): TemplateResult {
    const bars = this.bars(investment);
    const bar = bars[Math.min(this.active, bars.length - 1)];
    return html`<p class="inv-readout" aria-hidden="true">${bar ? this.describe(bar, lang) : nothing}</p>`;
  }

  /** The source line: the tracker's citation (and why there are no bars, when there are none). */
  source(investment: Investment, lang: Lang, notes: readonly string[] = []): TemplateResult {
    this.adoptStyles();
    return html`<p class="inv-note small muted">
      ${investment.note ? investmentText(lang, investment.note) : this.bars(investment).length === 0 ? investmentText(lang, 'none') : nothing}
      ${this.sourceLines(investment, lang).join(' ')} ${notes.join(' ')}
    </p>`;
  }

  /** The source as lines of text (for an exported file). */
  sourceLines(investment: Investment, lang: Lang): string[] {
    return investment.citations.map((citation) => investmentText(lang, 'source', { citation }));
  }

  /** The table's column heading, and a year's cell (— for a year without deals). */
  heading(lang: Lang): string {
    return investmentText(lang, 'column');
  }

  cell(investment: Investment, year: number, lang: Lang): string {
    const found = investment.years.find((y) => y.year === year);
    return found ? formatNumber(lang, found.usd) : '—';
  }

  private bars(investment: Investment): readonly InvestmentYear[] {
    return investment.years.filter((y) => y.usd > 0);
  }

  private describe(year: InvestmentYear, lang: Lang): string {
    return investmentText(lang, 'bar', {
      year: year.year,
      usd: formatNumber(lang, year.usd),
      deals: formatNumber(lang, year.deals),
    });
  }

  private onKeyDown(event: KeyboardEvent, count: number): void {
    const next = nextIndex(event.key, this.active, count);
    if (next === undefined) return;
    event.preventDefault();
    this.active = next;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.host.shadowRoot?.querySelector<SVGElement>(`[data-inv="${next}"]`)?.focus();
    });
  }

  /** The bars' styles, added to the widget's own (a constructed sheet: allowed under a strict CSP). */
  private adoptStyles(): void {
    const root = this.host.shadowRoot;
    const sheet = investmentStyles.styleSheet;
    if (root && sheet && !root.adoptedStyleSheets.includes(sheet)) {
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    }
  }
}
