import type { PartnerProfile } from '@sco/client';
import { html, svg, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { pngBlob, saveBlob, svgBlob } from '../shared/chart-export.js';
import { formatNumber, formatPartialDate } from '../shared/format.js';
import { t, type Lang } from '../shared/i18n.js';
import { scrolling } from '../shared/scrolling.js';
import { MeasuredWidth } from '../shared/measured-width.js';
import { nextIndex } from '../shared/roving.js';
import { px } from '../shared/scale.js';
import { fromPartner, type Investment } from './investment-series.js';
import { investmentText } from './investment-text.js';
import { InvestmentView } from './investment-view.js';

const LEFT = 44;
const RIGHT = 16;
/** Height of the agreements' panel, and the largest side of a mark. */
const MARKS_HEIGHT = 56;
const MARK = 10;
const YEAR_ROOM = 36;

type Host = ReactiveControllerHost & HTMLElement;

/**
 * A partner's agreements and Chinese investment on one time axis: a mark per dated agreement in its year
 * (hover and keyboard focus name it, the arrow keys move from mark to mark), and under it the investment bars on their own scale; a data table of both per year,
 * the tracker's citation and SVG / PNG export. Drawn at the widget's measured width.
 */
export class PartnerInvestment {
  private readonly width: MeasuredWidth;
  private readonly view: InvestmentView;
  private exportFailed = false;
  private release = '';
  /** The agreement mark that takes the tab stop, and the one in focus (its words), if any. */
  private activeMark = 0;
  private focusedMark: string | undefined;

  constructor(private readonly host: Host) {
    this.width = new MeasuredWidth(host, 640, 240, 1000);
    this.view = new InvestmentView(host);
  }

  render(profile: PartnerProfile, lang: Lang, showTable: boolean): TemplateResult {
    const investment = fromPartner(profile.hard_connectivity);
    this.release = profile.release.id;
    const dated = profile.agreements.flatMap((item) => {
      const year = Number(item.signed_date?.slice(0, 4));
      return Number.isInteger(year) && year > 0 ? [{ year, item }] : [];
    });
    const years = [...dated.map((d) => d.year), ...investment.years.map((y) => y.year)];
    if (years.length === 0) return this.view.source(investment, lang);
    const first = Math.min(...years);
    const last = Math.max(...years);
    const width = this.width.value;
    const right = width - RIGHT;
    const band = (right - LEFT) / (last - first + 1);
    const xAt = (year: number) => LEFT + (year - first) * band;
    const step = [1, 2, 5, 10, 20].find((n) => n * band >= YEAR_ROOM) ?? 50;
    const tickYears: number[] = [];
    for (let year = first; year <= last; year++) if (year % step === 0 || step === 1) tickYears.push(year);
    const perYear = new Map<number, number>();
    for (const { year } of dated) perYear.set(year, (perYear.get(year) ?? 0) + 1);
    const most = Math.max(1, ...perYear.values());
    const side = Math.min(MARK, band * 0.7, MARKS_HEIGHT / most - 2);
    // As tall as the most agreements of a year stack, within 24 and MARKS_HEIGHT px.
    const marksBottom = 26 + Math.max(24, Math.min(MARKS_HEIGHT, most * (side + 2)));
    const stacked = new Map<number, number>();
    const active = Math.min(this.activeMark, Math.max(dated.length - 1, 0));
    const labels = dated.map(
      ({ item }) => `${formatPartialDate(lang, item.signed_date)} · ${item.title_label}`,
    );
    // Each mark takes keyboard focus like the bars (one tab stop, arrow keys, Home, End) and names itself.
    const marks = dated.map(({ year }, index) => {
      const level = stacked.get(year) ?? 0;
      stacked.set(year, level + 1);
      const label = labels[index] ?? '';
      const select = () => {
        this.activeMark = index;
        this.focusedMark = label;
        this.host.requestUpdate();
      };
      return svg`<g class="agr" data-agr=${index} tabindex=${index === active ? 0 : -1} role="img" aria-label=${label}
        @focus=${select} @blur=${() => {
          this.focusedMark = undefined;
          this.host.requestUpdate();
        }}><title>${label}</title><rect class="mark" x=${px(xAt(year) + (band - side) / 2)}
        y=${px(marksBottom - (level + 1) * (side + 2))} width=${px(side)} height=${px(side)}></rect></g>`;
    });
    const panel = this.view.panel(investment, {
      top: marksBottom + 8,
      width,
      left: LEFT,
      right,
      band,
      xAt,
      tickYears,
      lang,
    });
    const chart = svg`<svg class="chart inv-chart" part="chart" viewBox=${`0 0 ${width} ${panel.bottom}`} role="group"
      aria-label=${`${investmentText(lang, 'signed')} · ${investmentText(lang, 'column')}`}>
      <text class="inv-title" x="0" y="14">${investmentText(lang, 'signed')}</text>
      <g role="group" aria-label=${investmentText(lang, 'marks')} @keydown=${(event: KeyboardEvent) => {
        this.onKeyDown(event, marks.length);
      }}>${marks}</g>
      <line class="axis" x1=${LEFT} x2=${right} y1=${marksBottom} y2=${marksBottom}></line>
      ${panel.template}
    </svg>`;
    const rows: number[] = [];
    for (let year = first; year <= last; year++) rows.push(year);
    const readout = this.focusedMark
      ? html`<p class="inv-readout" aria-hidden="true">${this.focusedMark}</p>`
      : this.view.readout(investment, lang);
    return html`${chart} ${readout} ${this.view.source(investment, lang)}
      <div class="toolbar" part="toolbar">
        <button type="button" part="export-button" @click=${() => this.export('svg', investment)}>
          ${t(lang, 'exportSvg')}
        </button>
        <button type="button" part="export-button" @click=${() => this.export('png', investment)}>
          ${t(lang, 'exportPng')}
        </button>
        ${this.exportFailed ? html`<span class="small stale" role="status">${t(lang, 'exportFailed')}</span>` : ''}
        <details part="table" ?open=${showTable}>
          <summary>${t(lang, 'table')}</summary>
          ${scrolling(
            t(lang, 'table'),
            html`<table>
              <thead>
                <tr>
                  <th scope="col">${investmentText(lang, 'year')}</th>
                  <th scope="col" class="num">${investmentText(lang, 'signed')}</th>
                  <th scope="col" class="num">${this.view.heading(lang)}</th>
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  (year) =>
                    html`<tr>
                      <th scope="row">${year}</th>
                      <td class="num">${formatNumber(lang, perYear.get(year) ?? 0)}</td>
                      <td class="num">${this.view.cell(investment, year, lang)}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`,
          )}
        </details>
      </div>`;
  }

  private onKeyDown(event: KeyboardEvent, count: number): void {
    const next = nextIndex(event.key, this.activeMark, count);
    if (next === undefined) return;
    event.preventDefault();
    this.activeMark = next;
    this.host.requestUpdate();
    void this.host.updateComplete.then(() => {
      this.host.shadowRoot?.querySelector<SVGElement>(`[data-agr="${next}"]`)?.focus();
    });
  }

  /** The chart as a file, the tracker's citation written under it. */
  private async export(format: 'svg' | 'png', investment: Investment): Promise<void> {
    const root = this.host.shadowRoot;
    const chart = root?.querySelector<SVGSVGElement>('svg.inv-chart');
    const frame = root?.querySelector('.frame');
    if (!chart || !frame) return;
    // A focus ring is the reader's place on the screen, not part of the chart: the file is drawn without it.
    const focused = root?.activeElement;
    if (focused instanceof SVGElement && chart.contains(focused)) {
      focused.blur();
      await this.host.updateComplete;
    }
    const title = root?.querySelector('.title')?.textContent ?? this.host.localName;
    const lang = (frame.getAttribute('lang') ?? 'en') as Lang;
    const style = getComputedStyle(frame);
    const options = {
      title,
      background: style.backgroundColor,
      foreground: style.color,
      caption: `${title} — ${t(lang, 'release', { id: this.release })}`,
      notes: this.view.sourceLines(investment, lang),
    };
    try {
      this.exportFailed = false;
      const blob = format === 'svg' ? svgBlob(chart, options) : await pngBlob(chart, options);
      saveBlob(blob, `${this.host.localName}-${this.release}.${format}`);
    } catch {
      this.exportFailed = true;
    }
    this.host.requestUpdate();
  }
}
