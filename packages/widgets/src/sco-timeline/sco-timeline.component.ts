import type {
  CacheGetOptions,
  Client,
  HardConnectivityPage,
  IndicatorQuery,
  IndicatorValues,
  TallyList,
} from '@sco/client';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { baseStyles } from '../shared/base.styles.js';
import { ChartElement } from '../shared/chart-element.js';
import { contrastRatio } from '../shared/color.js';
import { formatNumber, formatPartialDate, formatRange } from '../shared/format.js';
import { plural, t, type Lang } from '../shared/i18n.js';
import {
  assertIndicatorValues,
  LEVELS,
  rangeText,
  valueAt,
  type FigureStyle,
  type Level,
  type RangedCell,
} from '../shared/indicator.js';
import { MeasuredWidth } from '../shared/measured-width.js';
import { niceTicks, px } from '../shared/scale.js';
import type { TimelineBars, TimelineInvestment } from '../investment/investment.js';
import { timelineStyles } from './sco-timeline.styles.js';
import { around, tallyLabelPlaces } from './tally-labels.js';

interface TimelineData {
  readonly release: IndicatorValues['release'];
  readonly values: IndicatorValues;
  readonly tallies: TallyList | undefined;
  /** The investment bars (`show-investment`): their code, loaded apart, and the pages they draw. */
  readonly bars: TimelineBars | undefined;
  readonly hard: readonly HardConnectivityPage[] | undefined;
}

type Counts = Readonly<Record<Level, number>>;

interface Year {
  readonly year: number;
  /** The year's group: its figures and their range as the API writes them. */
  readonly cell: RangedCell;
  readonly signed: Counts;
  readonly cumulative: Counts;
}

interface TallyPoint {
  readonly id: string;
  readonly asOf: string;
  /** Fractional year: the end of the month (or year) the tally is dated. */
  readonly at: number;
  readonly documents: number;
  readonly partners: number | null;
  readonly claimant: string;
}

const UNDATED = 'undated';
/** The drawing's width before the widget has been measured, and the narrowest and widest it gets. */
const WIDTH = 720;
const MIN_WIDTH = 240;
const MAX_WIDTH = 1000;
const LEFT = 44;
const RIGHT = 16;
const UNDATED_COLUMN = 84;
/** Heights of the cumulative and yearly panels, and of a title or legend row. */
const CUM_HEIGHT = 136;
const BARS_HEIGHT = 84;
const ROW = 16;
/** Room a year label needs on the axis (11 px digits and a gap). */
const YEAR_ROOM = 36;

type LegendEntry = readonly [cls: string, label: string];

/**
 * A legend's entries placed in rows: beside the panel's title when they fit there, else under it, wrapped to
 * the drawing's width. Returns each entry's place and how many rows below the title's it takes.
 */
function legendPlaces(
  entries: readonly LegendEntry[],
  titleEnd: number,
  width: number,
  charWidth: number,
): { places: { x: number; row: number }[]; rows: number } {
  const widths = entries.map(([, label]) => 24 + label.length * charWidth + 12);
  const total = widths.reduce((sum, w) => sum + w, 0);
  if (titleEnd + total <= width) {
    let x = titleEnd;
    return { places: widths.map((w) => ({ x: (x += w) - w, row: 0 })), rows: 0 };
  }
  let x = LEFT;
  let row = 1;
  const places = widths.map((w) => {
    if (x > LEFT && x + w > width) {
      x = LEFT;
      row += 1;
    }
    x += w;
    return { x: x - w, row };
  });
  return { places, rows: row };
}

const counts = (values: IndicatorValues['total']['values']): Counts => ({
  verified: valueAt(values, 'verified') ?? 0,
  verified_single: valueAt(values, 'verified_single') ?? 0,
  all: valueAt(values, 'all') ?? 0,
});

/** Years in order with their counts and running totals; the undated group apart. */
function yearsOf(values: IndicatorValues): { years: Year[]; undated: Counts | undefined } {
  const running = { verified: 0, verified_single: 0, all: 0 };
  const years: Year[] = [];
  let undated: Counts | undefined;
  const dated = values.groups.filter((group) => {
    if (group.key !== UNDATED) return /^\d{4}$/.test(group.key);
    undated = counts(group.values);
    return false;
  });
  dated.sort((a, b) => Number(a.key) - Number(b.key));
  for (const group of dated) {
    const signed = counts(group.values);
    for (const level of LEVELS) running[level] += signed[level];
    years.push({ year: Number(group.key), cell: group, signed, cumulative: { ...running } });
  }
  return { years, undated };
}

/** Official cumulative tallies of documents, placed at the end of the month (or year) they are dated. */
function tallyPoints(tallies: TallyList | undefined): TallyPoint[] {
  const points: TallyPoint[] = [];
  for (const tally of tallies?.items ?? []) {
    const match = /^(\d{4})(?:-(\d{2}))?/.exec(tally.as_of);
    if (tally.series !== 'cumulative' || tally.documents === null || !match) continue;
    const month = match[2] ? Number(match[2]) : 12;
    points.push({
      id: tally.id,
      asOf: tally.as_of,
      at: Number(match[1]) + month / 12,
      documents: tally.documents,
      partners: tally.partners,
      claimant: tally.claimant,
    });
  }
  return points.sort((a, b) => a.at - b.at);
}

/**
 * Agreements signed per year (stacked by verification level) and their cumulative total (the band spans
 * verified to all agreements), with the official cumulative tallies overlaid. Dates known only to the year
 * count in that year; undated agreements are shown apart, never placed on 1 January.
 *
 * Inline data: `data` = the response of `GET /v1/indicators/agreements?group_by=year&lang=…`; `tallies` =
 * the response of `GET /v1/tallies?series=cumulative&lang=…` (optional).
 *
 * @summary Agreements per year and cumulative, against the official tallies.
 * @tag sco-timeline
 * @attr show-investment - Draw Chinese investment and construction per year (USD million, from the China Global
 * Investment Tracker) as bars under the agreements, on the same time axis and a scale of their own, filtered by
 * partner, region and years (not by type or sector), in the data table and exports too. Its code and data load
 * only then. Inline data: `hard` = the pages of `GET /v1/hard-connectivity`. Default: off.
 * @csspart investment - The investment bars' panel (`show-investment`).
 * @cssproperty --sco-color-investment - Colour of the investment bars.
 */
export class ScoTimeline extends ChartElement<TimelineData> {
  static override styles = [baseStyles, timelineStyles];
  static override properties = {
    ...ChartElement.properties,
    tallies: { attribute: false },
    hard: { attribute: false },
    showInvestment: { type: Boolean, attribute: 'show-investment' },
  };

  /** Inline official tallies (print mode), with `data`. */
  declare tallies: TallyList | undefined;
  /** Inline investment (print mode, with `show-investment`): the pages of `GET /v1/hard-connectivity`. */
  declare hard: HardConnectivityPage | readonly HardConnectivityPage[] | undefined;
  declare showInvestment: boolean;
  private bars: Promise<TimelineBars> | undefined;

  constructor() {
    super();
    this.showInvestment = false;
  }

  /** The drawing's width in CSS pixels, from the widget's (see MeasuredWidth). */
  private readonly width = new MeasuredWidth(this, WIDTH, MIN_WIDTH, MAX_WIDTH);

  /** The investment bars' code, fetched once, when first asked for. */
  private loadBars(): Promise<TimelineBars> {
    return (this.bars ??= import('../investment/investment.js').then((lib) => new lib.TimelineBars(this)));
  }

  /**
   * The tallies' numbers are small text in the highlight colour: when a page's highlight keeps less than 4.5:1
   * against the background, they are written in the text colour instead (their diamonds keep the highlight,
   * outlined in the text colour so that their edge keeps 3:1). Checked at the next frame, before it is painted:
   * reading a colour at the update would compute the style of the whole page then, while other widgets are
   * still rendering (a forced style recalculation), and again for the frame.
   */
  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    requestAnimationFrame(() => {
      const mark = this.renderRoot.querySelector('path.tally');
      const frame = this.renderRoot.querySelector('.frame');
      if (!mark || !frame) return;
      const ratio = contrastRatio(getComputedStyle(mark).fill, getComputedStyle(frame).backgroundColor);
      this.renderRoot
        .querySelector('svg.chart')
        ?.classList.toggle('plain-labels', ratio !== null && ratio < 4.5);
    });
  }

  protected override fetchKey(): unknown[] {
    return [...this.filterKey(), this.showInvestment];
  }

  protected override async fetchData(client: Client, options: CacheGetOptions): Promise<TimelineData> {
    const lang = this.language;
    const query = { ...this.indicatorFilters(), group_by: 'year', lang, release: this.release };
    // The attributes were checked: the filters hold values the API accepts.
    const investment = this.showInvestment;
    const [values, tallies, bars, hard] = await Promise.all([
      client.getIndicator('agreements', query as IndicatorQuery, options),
      this.filtered
        ? undefined
        : client.listTallies(
            { series: 'cumulative', lang, ...(this.release ? { release: this.release } : {}) },
            options,
          ),
      investment ? this.loadBars() : undefined,
      investment
        ? this.loadBars().then((bars) => bars.load(client, this.indicatorFilters(), this.release, options))
        : undefined,
    ]);
    return { release: values.release, values, tallies, bars, hard };
  }

  protected override inlineData(): TimelineData | Promise<TimelineData> {
    const values = this.data;
    assertIndicatorValues(values);
    const data = { release: values.release, values, tallies: this.filtered ? undefined : this.tallies };
    if (!this.showInvestment) return { ...data, bars: undefined, hard: undefined };
    return this.loadBars().then((bars) => ({ ...data, bars, hard: bars.inline(this.hard) }));
  }

  protected override exportNotes(): string[] {
    const { bars, hard } = this.loaded ?? {};
    return bars && hard ? bars.of(hard, this.language, this.indicatorFilters()).notes : [];
  }

  protected override fallbackTitle(lang: Lang): string {
    return t(lang, 'timelineTitle');
  }

  protected override renderData({ values, tallies, bars, hard }: TimelineData, lang: Lang): TemplateResult {
    const { years, undated } = yearsOf(values);
    const investment = bars && hard ? bars.of(hard, lang, this.indicatorFilters()) : undefined;
    const invested = investment?.years ?? [];
    const style: FigureStyle = { unit: 'count', lang, dataLang: values.lang };
    const undatedGroup = values.groups.find((group) => group.key === UNDATED);
    const points = tallyPoints(tallies);
    const first = Math.min(years[0]?.year ?? new Date().getFullYear(), ...invested);
    const last = Math.max(
      years.at(-1)?.year ?? first,
      ...points.map((p) => Math.ceil(p.at) - 1),
      ...invested,
    );
    const width = this.width.value;
    const charWidth = lang === 'zh' ? 11 : 6;
    const titleEnd = (title: string) => LEFT + title.length * (lang === 'zh' ? 12 : 6.5) + 24;
    const lineLegend: LegendEntry[] = [
      ['line', t(lang, 'cumulativeAll')],
      ['line verified', t(lang, 'cumulativeVerified')],
      ...(points.length > 0 ? [['tally', t(lang, 'tally')] as const] : []),
    ];
    const barLegend: LegendEntry[] = [
      ['l0', t(lang, 'verified')],
      ['l1', t(lang, 'single_source')],
      ['l2', t(lang, 'unverified')],
    ];
    // Each panel's legend beside its title when there is room, else in rows under it (a phone's width).
    const lineRows = legendPlaces(lineLegend, titleEnd(t(lang, 'cumulative')), width - RIGHT, charWidth);
    const barRows = legendPlaces(barLegend, titleEnd(t(lang, 'perYear')), width - RIGHT, charWidth);
    const cumTitle = 34;
    const CUM = { top: cumTitle + 10 + lineRows.rows * ROW, bottom: 0 };
    CUM.bottom = CUM.top + CUM_HEIGHT;
    const barTitle = CUM.bottom + 22;
    const BARS = { top: barTitle + 10 + barRows.rows * ROW, bottom: 0 };
    BARS.bottom = BARS.top + BARS_HEIGHT;
    const right = width - RIGHT - (undated ? UNDATED_COLUMN : 0);
    const band = (right - LEFT) / (last - first + 1);
    const xAt = (year: number) => LEFT + (year - first) * band;
    const cumMax = Math.max(years.at(-1)?.cumulative.all ?? 0, ...points.map((p) => p.documents));
    const cumTicks = niceTicks(cumMax, 4, true);
    const cumTop = cumTicks.at(-1) ?? 1;
    const yCum = (v: number) => CUM.bottom - (v / cumTop) * (CUM.bottom - CUM.top);
    const barTicks = niceTicks(Math.max(undated?.all ?? 0, ...years.map((y) => y.signed.all)), 3, true);
    const barTop = barTicks.at(-1) ?? 1;
    const yBar = (v: number) => BARS.bottom - (v / barTop) * (BARS.bottom - BARS.top);
    const line = (level: Level) =>
      years
        .map((y, i) => `${i === 0 ? 'M' : 'L'}${px(xAt(y.year + 1))},${px(yCum(y.cumulative[level]))}`)
        .join('');
    const area =
      years.length === 0
        ? ''
        : `${line('all')}${[...years]
            .reverse()
            .map((y) => `L${px(xAt(y.year + 1))},${px(yCum(y.cumulative.verified))}`)
            .join('')}Z`;
    const stack = (c: Counts, x: number, width: number) => {
      const edges = [0, c.verified, c.verified_single, c.all];
      return [0, 1, 2].map((index) => {
        const low = edges[index] ?? 0;
        const high = edges[index + 1] ?? 0;
        return high > low
          ? svg`<rect class=${`l${index}`} x=${px(x)} width=${px(width)} y=${px(yBar(high))} height=${px(yBar(low) - yBar(high))}></rect>`
          : null;
      });
    };
    // Year labels every 5 years, or every 10 or 20 when the bands are too narrow for them.
    const step = [5, 10, 20, 50].find((n) => n * band >= YEAR_ROOM) ?? 50;
    const tickYears: number[] = [];
    for (let year = first; year <= last; year++) if (year % step === 0) tickYears.push(year);
    const undatedX = right + 24;
    const legendRow = (
      entries: readonly LegendEntry[],
      { places }: { places: readonly { x: number; row: number }[] },
      titleY: number,
    ) =>
      entries.map(([cls, label], index) => {
        const place = places[index] ?? { x: LEFT, row: 0 };
        const x = place.x;
        const y = titleY + place.row * ROW;
        const mark =
          cls === 'tally'
            ? svg`<path class="tally" d=${`M${x + 7},${y - 10}l6,6l-6,6l-6,-6z`}></path>`
            : cls.startsWith('line')
              ? svg`<path class=${cls} d=${`M${x},${y - 4}h14`}></path>`
              : svg`<rect class=${cls} x=${x} y=${y - 9} width="14" height="10"></rect>`;
        return svg`${mark}<text x=${x + 18} y=${y}>${label}</text>`;
      });
    const panel = investment?.panel({
      top: BARS.bottom + 30,
      width,
      left: LEFT,
      right,
      band,
      xAt,
      tickYears,
      lang,
    });
    const height = panel ? panel.bottom : BARS.bottom + 26;
    const chart = svg`<svg class="chart" part="chart" viewBox=${`0 0 ${width} ${height}`} role=${panel ? 'group' : 'img'} aria-label=${t(lang, 'timelineLabel')}>
      <g class="legend">${legendRow(lineLegend, lineRows, cumTitle)}${legendRow(barLegend, barRows, barTitle)}</g>
      <text class="panel-title" x=${LEFT} y=${cumTitle}>${t(lang, 'cumulative')}</text>
      ${cumTicks.map(
        (v) => svg`<line class="grid" x1=${LEFT} x2=${right} y1=${px(yCum(v))} y2=${px(yCum(v))}></line>
          <text class="tick" x=${LEFT - 6} y=${px(yCum(v) + 4)} text-anchor="end">${formatNumber(lang, v)}</text>`,
      )}
      <path class="band" d=${area}></path>
      <path class="line verified" d=${line('verified')}></path>
      <path class="line" d=${line('all')}></path>
      ${(() => {
        const marks = points.map((p) => ({
          x: LEFT + (p.at - first) * band,
          y: yCum(p.documents),
          text: formatNumber(lang, p.documents),
        }));
        // The numbers keep off the lines (their vertices) and out of the undated column and its rule (a box from
        // 10 px right of the plot onwards).
        const places = tallyLabelPlaces(marks, [
          around(right + 10 + 1e4, 0, 1e4),
          ...years.flatMap((y) => [
            around(xAt(y.year + 1), yCum(y.cumulative.all), 3),
            around(xAt(y.year + 1), yCum(y.cumulative.verified), 3),
          ]),
        ]);
        return marks.map(({ x, y, text }, index) => {
          const [dx, dy, anchor] = places[index] ?? [0, -9, 'middle'];
          return svg`<path class="tally" d=${`M${px(x)},${px(y - 6)}l6,6l-6,6l-6,-6z`}></path>
            <text class="tally-label" x=${px(x + dx)} y=${px(y + dy)} text-anchor=${anchor}>${text}</text>`;
        });
      })()}
      <text class="panel-title" x=${LEFT} y=${barTitle}>${t(lang, 'perYear')}</text>
      ${barTicks.map(
        (v) => svg`<line class="grid" x1=${LEFT} x2=${right} y1=${px(yBar(v))} y2=${px(yBar(v))}></line>
          <text class="tick" x=${LEFT - 6} y=${px(yBar(v) + 4)} text-anchor="end">${formatNumber(lang, v)}</text>`,
      )}
      ${years.map((y) => stack(y.signed, xAt(y.year) + band * 0.15, band * 0.7))}
      <line class="axis" x1=${LEFT} x2=${right} y1=${BARS.bottom} y2=${BARS.bottom}></line>
      ${tickYears.map(
        (year) =>
          svg`<text class="tick" x=${px(xAt(year) + band / 2)} y=${BARS.bottom + 16} text-anchor="middle">${year}</text>`,
      )}
      ${
        undated
          ? svg`<line class="separator" x1=${right + 12} x2=${right + 12} y1=${CUM.top} y2=${BARS.bottom + 4}></line>
            ${stack(undated, undatedX + 14, 28)}
            <line class="axis" x1=${undatedX} x2=${undatedX + 56} y1=${BARS.bottom} y2=${BARS.bottom}></line>
            <text class="tick" x=${undatedX + 28} y=${BARS.bottom + 16} text-anchor="middle">${t(lang, 'undated')}</text>
            <text class="tick" x=${undatedX + 28} y=${px(yBar(undated.all) - 5)} text-anchor="middle">${formatNumber(lang, undated.all)}</text>`
          : null
      }
      ${panel?.template}
    </svg>`;
    return html`${chart} ${investment?.below}
    ${
      undated && undatedGroup && undated.all > 0
        ? html`<p class="note small muted">
            ${plural(lang, undated.all, 'undatedOne', 'undatedOther', rangeText(undatedGroup, style))}
          </p>`
        : nothing
    }
    ${
      values.excluded_undated.all > 0
        ? html`<p class="note small muted">
            ${t(lang, 'excludedUndated', {
              n: formatRange(lang, values.excluded_undated.verified, values.excluded_undated.all),
            })}
          </p>`
        : nothing
    }
    ${this.filtered ? html`<p class="note small muted">${t(lang, 'talliesUnfiltered')}</p>` : nothing}
    ${this.renderTools(lang, this.renderTable(years, undatedGroup, points, style, investment))}`;
  }

  private renderTable(
    years: readonly Year[],
    undatedGroup: IndicatorValues['groups'][number] | undefined,
    points: readonly TallyPoint[],
    style: FigureStyle,
    investment?: TimelineInvestment,
  ): TemplateResult {
    const { lang } = style;
    // Running totals are the widget's own sums: the API gives no text for them.
    const range = (c: Counts) => formatRange(lang, c.verified, c.all);
    const firstSigned = years.findIndex((y) => y.signed.all > 0 || investment?.years.includes(y.year));
    const shown = firstSigned < 0 ? [] : years.slice(firstSigned);
    return html`<table>
        <caption>
          ${t(lang, 'timelineTitle')}
        </caption>
        <thead>
          <tr>
            <th scope="col">${t(lang, 'year')}</th>
            <th scope="col" class="num">${t(lang, 'perYear')}</th>
            <th scope="col" class="num">${t(lang, 'cumulative')}</th>
            ${investment?.head}
          </tr>
        </thead>
        <tbody>
          ${investment?.lead(years[0]?.year)}
          ${shown.map(
            (y) =>
              html`<tr>
                <th scope="row">${formatPartialDate(lang, String(y.year))}</th>
                <td class="num">${rangeText(y.cell, style)}</td>
                <td class="num">${range(y.cumulative)}</td>
                ${investment?.cell(y.year)}
              </tr>`,
          )}
          ${
            undatedGroup
              ? html`<tr>
                  <th scope="row">${undatedGroup.label}</th>
                  <td class="num">${rangeText(undatedGroup, style)}</td>
                  <td class="num">—</td>
                  ${investment?.cell(0)}
                </tr>`
              : nothing
          }
        </tbody>
      </table>
      ${
        points.length > 0
          ? html`<table>
              <caption>
                ${t(lang, 'tally')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">${t(lang, 'tallyDate')}</th>
                  <th scope="col" class="num">${t(lang, 'agreements')}</th>
                  <th scope="col" class="num">${t(lang, 'partners')}</th>
                  <th scope="col">${t(lang, 'claimant')}</th>
                </tr>
              </thead>
              <tbody>
                ${points.map(
                  (p) =>
                    html`<tr>
                      <th scope="row">${formatPartialDate(lang, p.asOf)}</th>
                      <td class="num">${formatNumber(lang, p.documents)}</td>
                      <td class="num">${p.partners === null ? '—' : formatNumber(lang, p.partners)}</td>
                      <td>${p.claimant}</td>
                    </tr>`,
                )}
              </tbody>
            </table>`
          : nothing
      }`;
  }
}
