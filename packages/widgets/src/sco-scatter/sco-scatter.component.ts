import type { CacheGetOptions, Client, SoftHard, SoftHardQuery } from '@sco/client';
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { AttributeProblem } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { ChartElement } from '../shared/chart-element.js';
import { formatList, formatNumber, parenthesisAfter } from '../shared/format.js';
import type { Lang } from '../shared/i18n.js';
import { MeasuredWidth } from '../shared/measured-width.js';
import { nextIndex } from '../shared/roving.js';
import { niceTicks, px } from '../shared/scale.js';
import { logScale } from './log-scale.js';
import { scatterText, SCATTER_TEXT } from './scatter-text.js';
import { scatterStyles } from './sco-scatter.styles.js';

interface ScatterData {
  readonly release: SoftHard['release'];
  readonly values: SoftHard;
}

type QuadrantEntry = SoftHard['quadrants']['quadrants'][number];

interface Point {
  readonly partner: string;
  readonly name: string;
  readonly agreements: number;
  readonly usd: number;
  readonly quadrant: QuadrantEntry['quadrant'];
  readonly quadrantLabel: string;
}

const BASES = ['verified', 'verified_single', 'all'];
const FILTERS = ['partner', 'region', 'type', 'sector', 'from', 'to'] as const;
/** The drawing's width before the widget has been measured, and the narrowest and widest it gets. */
const WIDTH = 640;
const MIN_WIDTH = 240;
const MAX_WIDTH = 1000;
const HEIGHT = 360;
/** Glyph width of the tick labels and axis title (11–12 px digits and letters; CJK twice), a little generous. */
const CHAR_WIDTH = 7;
const LEFT = 44;
const RIGHT = 36;
const TOP = 14;
const BOTTOM = 312;
/** Labelled outliers per quadrant: the most agreements, or the most investment without agreements to match. */
const LABELLED = 4;

/** Partners in the order focus moves through them: by investment, then agreements, then code. */
function pointsOf(values: SoftHard): Point[] {
  return values.quadrants.quadrants
    .flatMap((q) =>
      q.partners.map((p) => ({
        partner: p.partner,
        name: p.name,
        agreements: p.agreements,
        usd: p.hard_usd_m,
        quadrant: q.quadrant,
        quadrantLabel: q.label,
      })),
    )
    .sort((a, b) => a.usd - b.usd || a.agreements - b.agreements || a.partner.localeCompare(b.partner));
}

/** The partners worth a label: where the story is, off the diagonal, and the largest on it. */
function outliers(points: readonly Point[]): Set<string> {
  const top = (quadrant: string, by: (p: Point) => number) =>
    points
      .filter((p) => p.quadrant === quadrant)
      .sort((a, b) => by(b) - by(a))
      .slice(0, LABELLED)
      .map((p) => p.partner);
  return new Set([
    ...top('low_soft_high_hard', (p) => p.usd),
    ...top('high_soft_low_hard', (p) => p.agreements),
    ...top('high_soft_high_hard', (p) => p.agreements * 1e7 + p.usd),
  ]);
}

/** Labels that do not overlap one already placed (largest first): a label lifted once, else left out. */
function placeLabels(
  points: readonly Point[],
  at: (point: Point) => { x: number; y: number },
): { point: Point; x: number; y: number }[] {
  const placed: { point: Point; x: number; y: number }[] = [];
  const clash = (x: number, y: number) =>
    placed.some((p) => Math.abs(p.x - x) < 26 && Math.abs(p.y - y) < 12);
  for (const point of [...points].sort((a, b) => b.usd - a.usd)) {
    const { x, y } = at(point);
    const lifted = [y, y - 13, y - 26].find((candidate) => !clash(x, candidate));
    if (lifted !== undefined) placed.push({ point, x, y: lifted });
  }
  return placed;
}

/**
 * Does soft connectivity follow hard? Each partner country in the investment data as a point: Chinese
 * investment and construction across (log scale), its agreements up, the medians as quadrant lines, the
 * outliers labelled. Below: Spearman's ρ with its interval, the cut points and the caveats, in words.
 * Every point takes keyboard focus (arrow keys, Home, End) and announces the partner and both values.
 * The agreement filters of the other widgets do not apply: it covers every partner in the investment data.
 *
 * Inline data: `data` = the response of `GET /v1/indicators/soft-hard?basis=…&lang=…`.
 *
 * @summary Partners' agreements against Chinese investment, with Spearman's ρ and the quadrants.
 * @tag sco-scatter
 * @attr basis - Verification basis of the points and the quadrants: verified, verified_single or all. Default: all.
 * @csspart point - Each partner's point.
 * @csspart statistics - The correlation, cut points and caveats in words.
 * @cssproperty --sco-scatter-point-size - Radius of the points, in SVG units.
 */
export class ScoScatter extends ChartElement<ScatterData> {
  static override styles = [baseStyles, scatterStyles];
  static override properties = { ...ChartElement.properties, basis: {}, active: { state: true } };

  declare basis: string;
  declare protected active: number;
  /** The drawing's width in CSS pixels, from the widget's (see MeasuredWidth). */
  private readonly width = new MeasuredWidth(this, WIDTH, MIN_WIDTH, MAX_WIDTH);

  constructor() {
    super();
    this.basis = 'all';
    this.active = 0;
  }

  protected override checkAttributes(): (AttributeProblem | undefined)[] {
    const refuse = (name: string, expected: Readonly<Record<Lang, string>>): AttributeProblem => ({
      name,
      value: this.getAttribute(name),
      expected,
    });
    return [
      ...FILTERS.filter((name) => this[name]).map((name) => refuse(name, SCATTER_TEXT.noFilter)),
      BASES.includes(this.basis) ? undefined : refuse('basis', SCATTER_TEXT.basis),
    ];
  }

  protected override fetchKey(): unknown[] {
    return [this.basis];
  }

  protected override async fetchData(client: Client, options: CacheGetOptions): Promise<ScatterData> {
    const query = { basis: this.basis, lang: this.language, release: this.release } as SoftHardQuery;
    const values = await client.getSoftHard(query, options);
    return { release: values.release, values };
  }

  protected override inlineData(): ScatterData {
    const values = this.data as Partial<SoftHard> | null;
    if (!values?.release || !values.quadrants || !values.headline || !Array.isArray(values.caveats)) {
      throw new TypeError('not a soft-hard response');
    }
    return { release: values.release, values: values as SoftHard };
  }

  protected override fallbackTitle(lang: Lang): string {
    return scatterText(lang, 'title');
  }

  protected override citeQuery(): Record<string, string | undefined> {
    return {};
  }

  private describe(point: Point, lang: Lang): string {
    return scatterText(lang, 'point', {
      name: point.name,
      agreements: formatNumber(lang, point.agreements),
      usd: formatNumber(lang, point.usd),
    });
  }

  private onKeyDown(event: KeyboardEvent, count: number): void {
    const next = nextIndex(event.key, this.active, count);
    if (next === undefined) return;
    event.preventDefault();
    this.active = next;
    void this.updateComplete.then(() => {
      this.renderRoot.querySelector<SVGElement>(`[data-focus="${next}"]`)?.focus();
    });
  }

  protected override renderData({ values }: ScatterData, lang: Lang): TemplateResult {
    const points = pointsOf(values);
    const labelled = outliers(points);
    const active = Math.min(this.active, Math.max(points.length - 1, 0));
    const width = this.width.value;
    const x = logScale(
      points.map((p) => p.usd),
      width - LEFT - RIGHT,
    );
    // Every power of ten gets its grid line; its label only when the labels do not touch (on a phone, every
    // second or third, counted from the top).
    const tickText = x.ticks.map((tick) => formatNumber(lang, tick));
    const spacing = x.ticks.length > 1 ? (width - LEFT - RIGHT) / (x.ticks.length - 1) : Infinity;
    const widest = Math.max(...tickText.map((text) => text.length)) * CHAR_WIDTH + 8;
    const every = Math.max(1, Math.ceil(widest / spacing));
    const labelledTick = (index: number) => (x.ticks.length - 1 - index) % every === 0;
    // The axis title in one line, or two when it is wider than the drawing (split after its comma).
    const xTitle = scatterText(lang, 'xAxis');
    const charWidth = lang === 'zh' ? 2 * CHAR_WIDTH : CHAR_WIDTH;
    const comma = Math.max(xTitle.indexOf(', '), xTitle.indexOf('，'));
    const xTitleLines =
      xTitle.length * charWidth > width - 8 && comma > 0
        ? [xTitle.slice(0, comma + 1), xTitle.slice(comma + 1).trim()]
        : [xTitle];
    const height = HEIGHT + (xTitleLines.length - 1) * 15;
    const xAt = (usd: number) => LEFT + x.at(usd);
    const yTicks = niceTicks(Math.max(1, ...points.map((p) => p.agreements)), 4, true);
    const yTop = yTicks.at(-1) ?? 1;
    const yAt = (n: number) => BOTTOM - (n / yTop) * (BOTTOM - TOP);
    const { soft_cut: softCut, hard_cut: hardCut } = values.quadrants;
    const focused = points[active];
    const chart = svg`<svg class="chart" part="chart" viewBox=${`0 0 ${width} ${height}`} role="group"
      aria-label=${scatterText(lang, 'label')}
      @keydown=${(event: KeyboardEvent) => {
        this.onKeyDown(event, points.length);
      }}>
      <g aria-hidden="true">
        ${yTicks.map(
          (
            tick,
          ) => svg`<line class="grid" x1=${LEFT} x2=${width - RIGHT} y1=${px(yAt(tick))} y2=${px(yAt(tick))}></line>
            <text class="tick" x=${LEFT - 6} y=${px(yAt(tick) + 4)} text-anchor="end">${formatNumber(lang, tick)}</text>`,
        )}
        ${x.ticks.map(
          (
            tick,
            index,
          ) => svg`<line class="grid" x1=${px(xAt(tick))} x2=${px(xAt(tick))} y1=${TOP} y2=${BOTTOM}></line>
            ${labelledTick(index) ? svg`<text class="tick" x=${px(xAt(tick))} y=${BOTTOM + 16} text-anchor="middle">${tickText[index]}</text>` : nothing}`,
        )}
        ${hardCut === null ? nothing : svg`<line class="cut" x1=${px(xAt(hardCut))} x2=${px(xAt(hardCut))} y1=${TOP} y2=${BOTTOM}></line>`}
        ${softCut === null ? nothing : svg`<line class="cut" x1=${LEFT} x2=${width - RIGHT} y1=${px(yAt(softCut))} y2=${px(yAt(softCut))}></line>`}
        ${xTitleLines.map(
          (line, index) =>
            svg`<text class="axis-title" x=${px(Math.max((LEFT + width - RIGHT) / 2, 4 + (line.length * charWidth) / 2))} y=${HEIGHT - 8 + index * 15} text-anchor="middle">${line}</text>`,
        )}
        <text class="axis-title" x=${LEFT} y=${TOP - 2}>${scatterText(lang, 'yAxis')}</text>
      </g>
      ${points.map((point, index) => {
        const off = point.quadrant === 'low_soft_high_hard' || point.quadrant === 'high_soft_low_hard';
        return svg`<circle part="point" class=${`point${off ? ' off' : ''}${index === active ? ' active' : ''}`}
          cx=${px(xAt(point.usd))} cy=${px(yAt(point.agreements))} r="4.5"
          data-focus=${index} tabindex=${index === active ? 0 : -1} role="img" aria-label=${this.describe(point, lang)}
          @pointerenter=${() => (this.active = index)} @focus=${() => (this.active = index)}><title>${this.describe(point, lang)}</title></circle>`;
      })}
      <g aria-hidden="true">
        ${placeLabels(
          points.filter((point) => labelled.has(point.partner)),
          (point) => ({ x: xAt(point.usd) + 6, y: yAt(point.agreements) - 6 }),
        ).map(
          ({ point, x: lx, y: ly }) =>
            svg`<text class="label" x=${px(lx)} y=${px(ly)}>${point.partner}</text>`,
        )}
      </g>
    </svg>`;
    return html`${chart}
      <p class="readout" aria-hidden="true">${focused ? this.describe(focused, lang) : nothing}</p>
      ${this.renderStatistics(values, lang)} ${this.renderTools(lang, this.renderTable(points, lang))}`;
  }

  private renderStatistics(values: SoftHard, lang: Lang): TemplateResult {
    const { headline } = values;
    const fixed = (value: number | null, digits = 2) =>
      value === null
        ? '—'
        : new Intl.NumberFormat(lang, {
            minimumFractionDigits: digits,
            maximumFractionDigits: digits,
          }).format(value);
    return html`<div class="statistics" part="statistics">
      <p>
        ${scatterText(lang, 'rho', {
          rho: fixed(headline.rho),
          low: fixed(headline.low),
          high: fixed(headline.high),
          n: formatNumber(lang, headline.n),
          p: fixed(headline.p_value, 4),
        })}
        ${values.quadrants.cut_points}
      </p>
      ${this.renderSequence(values, lang)}
      <ul class="caveats">
        ${values.caveats.map((caveat) => html`<li>${caveat}</li>`)}
      </ul>
      <p class="small muted">
        ${values.sources.map((source) => scatterText(lang, 'source', { citation: source.citation })).join(' ')}
      </p>
    </div>`;
  }

  private renderSequence({ sequence }: SoftHard, lang: Lang): TemplateResult {
    const followed = sequence.partners.filter((p) => p.years_between > 0);
    return html`<p>
        ${scatterText(lang, 'sequence', {
          after: formatNumber(lang, sequence.after),
          n: formatNumber(lang, sequence.n),
          before: formatNumber(lang, sequence.before),
          same: formatNumber(lang, sequence.same_year),
        })}
      </p>
      <details>
        <summary>${scatterText(lang, 'which')}</summary>
        <p>
          ${formatList(
            lang,
            followed.map(
              (p) => p.name + parenthesisAfter(`${p.first_deal_year} → ${p.first_agreement_year}`, lang),
            ),
          )}
        </p>
      </details>`;
  }

  private renderTable(points: readonly Point[], lang: Lang): TemplateResult {
    const rows = [...points].sort((a, b) => b.usd - a.usd || a.partner.localeCompare(b.partner));
    return html`<table>
      <thead>
        <tr>
          <th scope="col">${scatterText(lang, 'partner')}</th>
          <th scope="col" class="num">${scatterText(lang, 'yAxis')}</th>
          <th scope="col" class="num">${scatterText(lang, 'usd')}</th>
          <th scope="col">${scatterText(lang, 'quadrant')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (point) =>
            html`<tr>
              <th scope="row">${point.name}</th>
              <td class="num">${formatNumber(lang, point.agreements)}</td>
              <td class="num">${formatNumber(lang, point.usd)}</td>
              <td>${point.quadrantLabel}</td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }
}
