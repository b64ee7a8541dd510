import { html, nothing, type TemplateResult } from 'lit';
import { pngBlob, saveBlob, svgBlob } from './chart-export.js';
import { FilterElement } from './filter-element.js';
import { t, type Lang } from './i18n.js';
import { scrolling } from './scrolling.js';
import type { Loaded } from './sco-element.js';

/**
 * A chart: an SVG (class "chart") with a data-table alternative and SVG / PNG export.
 *
 * @attr show-table - Open the data table at first (print briefs set it). Default: closed.
 * @csspart chart - The chart's SVG.
 * @csspart toolbar - The export buttons and the data table.
 * @csspart export-button - Each export button.
 * @csspart table - The data table.
 */
export abstract class ChartElement<Data extends Loaded> extends FilterElement<Data> {
  static override properties = {
    ...FilterElement.properties,
    showTable: { type: Boolean, attribute: 'show-table' },
    exportFailed: { state: true },
  };

  declare showTable: boolean;
  declare protected exportFailed: boolean;

  constructor() {
    super();
    this.showTable = false;
    this.exportFailed = false;
  }

  /** The chart as a file: SVG (text kept as text, the page's fonts named, none embedded) or PNG. */
  async exportChart(format: 'svg' | 'png'): Promise<void> {
    const svg = this.renderRoot.querySelector<SVGSVGElement>('svg.chart');
    const frame = this.renderRoot.querySelector('.frame');
    const data = this.loaded;
    if (!svg || !frame || !data) return;
    // A focus ring is the reader's place on the screen, not part of the chart: the file is drawn without it.
    const focused = (this.renderRoot as ShadowRoot).activeElement;
    if (focused instanceof SVGElement && svg.contains(focused)) {
      focused.blur();
      await this.updateComplete;
    }
    const title = this.renderRoot.querySelector('.title')?.textContent ?? this.localName;
    const style = getComputedStyle(frame);
    const name = `${this.localName}-${data.release.id}.${format}`;
    const caption = `${title} — ${t(this.language, 'release', { id: data.release.id })}`;
    try {
      this.exportFailed = false;
      const options = {
        title,
        background: style.backgroundColor,
        foreground: style.color,
        caption,
        notes: this.exportNotes(),
      };
      const blob = format === 'svg' ? svgBlob(svg, options) : await pngBlob(svg, options);
      saveBlob(blob, name);
    } catch {
      this.exportFailed = true;
    }
  }

  /** Lines written under the chart in an exported file: what the widget shows beside the chart. */
  protected exportNotes(): string[] {
    return [];
  }

  /** The export buttons and the data table under a chart. */
  protected renderTools(lang: Lang, table: TemplateResult): TemplateResult {
    return html`<div class="toolbar" part="toolbar">
      <button type="button" part="export-button" @click=${() => this.exportChart('svg')}>
        ${t(lang, 'exportSvg')}
      </button>
      <button type="button" part="export-button" @click=${() => this.exportChart('png')}>
        ${t(lang, 'exportPng')}
      </button>
      ${this.exportFailed ? html`<span class="small stale" role="status">${t(lang, 'exportFailed')}</span>` : nothing}
      <details part="table" ?open=${this.showTable}>
        <summary>${t(lang, 'table')}</summary>
        ${scrolling(t(lang, 'table'), table)}
      </details>
    </div>`;
  }
}
