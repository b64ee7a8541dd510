import type { CacheGetOptions, Client, IndicatorQuery, IndicatorValues } from '@sco/client';
import { html, svg, type TemplateResult } from 'lit';
import { check, PATTERNS, type AttributeProblem } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { ChartElement } from '../shared/chart-element.js';
import { t, type Lang } from '../shared/i18n.js';
import {
  assertIndicatorValues,
  LEVEL_LABELS,
  LEVELS,
  levelText,
  rangeText,
  valueAt,
  type CellValues,
  type FigureStyle,
} from '../shared/indicator.js';
import { formatNumber } from '../shared/format.js';
import { MeasuredWidth } from '../shared/measured-width.js';
import { px, zeroScale } from '../shared/scale.js';
import { BREAKDOWNS, type Breakdown } from '../shared/vocabulary.js';
import { breakdownStyles } from './sco-breakdown.styles.js';

interface BreakdownData {
  readonly release: IndicatorValues['release'];
  readonly values: IndicatorValues;
}

/** The drawing's width before the widget has been measured, and the narrowest and widest it gets. */
const WIDTH = 640;
const MIN_WIDTH = 200;
const MAX_WIDTH = 1200;
const ROW = 40;
/** Room right of the longest bar for its figures: a French range ("0,333 à 1,000", "−0,600 à 0,000") whole. */
const VALUE_ROOM = 100;

/** A scale's fixed domain: "-1 1" → [−1, 1]; null when the attribute is absent. */
export function parseDomain(value: string | null | undefined): readonly [number, number] | null {
  const [low = NaN, high = NaN, ...rest] = (value ?? '').trim().split(/\s+/).map(Number);
  return rest.length === 0 && low < high ? [low, high] : null;
}

function isBreakdown(value: string): value is Breakdown {
  return (BREAKDOWNS as readonly string[]).includes(value);
}

/**
 * Bars of an indicator by type, region, sector or partner kind. Counts are stacked by verification level
 * (verified, single-source, unverified); shares and indices show the value on all agreements with the
 * range across levels as a whisker. Bars and whiskers share one scale from zero: when some values are
 * negative (the convergence balance runs from −1 to +1), a zero axis is drawn and their bars go left of it.
 * The figures are the API's texts. An agreement can count in several groups (a multilateral initiative
 * counts in each partner's region).
 *
 * Inline data (`data`): the response of `GET /v1/indicators/{indicator}?group_by={by}&lang=…`.
 *
 * @summary Bars of an indicator by type, region, sector or partner kind.
 * @tag sco-breakdown
 * @attr by - type, region, sector or partner_kind. Default: type.
 * @attr indicator - Indicator id (see GET /v1/indicators). Default: agreements.
 * @attr domain - The scale's fixed domain, lowest and highest value (e.g. "-1 1" for an index that runs from
 *   −1 to +1): the bars are drawn on it, with its ends and zero marked. Default: the values' own span.
 */
export class ScoBreakdown extends ChartElement<BreakdownData> {
  static override styles = [baseStyles, breakdownStyles];
  static override properties = {
    ...ChartElement.properties,
    by: {},
    indicator: {},
    domain: {},
  };

  declare by: string;
  declare indicator: string;
  declare domain: string | undefined;
  /** The drawing's width in CSS pixels, from the widget's (see MeasuredWidth). */
  private readonly width = new MeasuredWidth(this, WIDTH, MIN_WIDTH, MAX_WIDTH);

  constructor() {
    super();
    this.by = 'type';
    this.indicator = 'agreements';
  }

  protected override checkAttributes(): (AttributeProblem | undefined)[] {
    return [
      ...super.checkAttributes(),
      check(this, 'by', isBreakdown(this.by), 'breakdown'),
      check(this, 'indicator', PATTERNS.indicator.test(this.indicator), 'indicator'),
      check(this, 'domain', this.domain === undefined || parseDomain(this.domain) !== null, 'domain'),
    ];
  }

  protected override fetchKey(): unknown[] {
    return [this.by, this.indicator, ...this.filterKey()];
  }

  protected override async fetchData(client: Client, options: CacheGetOptions): Promise<BreakdownData> {
    const query = {
      ...this.indicatorFilters(),
      group_by: this.by,
      lang: this.language,
      release: this.release,
    };
    // The attributes were checked: the filters and the breakdown hold values the API accepts.
    const values = await client.getIndicator(this.indicator, query as IndicatorQuery, options);
    return { release: values.release, values };
  }

  protected override inlineData(): BreakdownData {
    const values = this.data;
    assertIndicatorValues(values);
    return { release: values.release, values };
  }

  protected override fallbackTitle(lang: Lang): string {
    return t(lang, 'agreements');
  }

  protected override titleOf({ values }: BreakdownData): string {
    return values.group_by ? `${values.indicator.title} · ${values.group_by.label}` : values.indicator.title;
  }

  protected override renderData({ values }: BreakdownData, lang: Lang): TemplateResult {
    const unit = values.indicator.unit;
    const style: FigureStyle = { unit, lang, dataLang: values.lang };
    const stacked = unit === 'count';
    const groups = values.groups;
    const known = (cell: CellValues) =>
      LEVELS.map((level) => valueAt(cell, level)).filter((v): v is number => v !== null);
    const width = this.width.value;
    const barWidth = width - VALUE_ROOM;
    // One scale for bars and whiskers, from the lowest value (or zero) to the highest (or zero, or a share's
    // 100 %): negative values are drawn left of a zero axis, positive ones right of it.
    const domain = parseDomain(this.domain);
    const scale = zeroScale(
      [...groups.flatMap((group) => known(group.values)), ...(domain ?? [])],
      barWidth,
      unit === 'share' ? 1 : 0,
    );
    const x = scale.at;
    const zero = scale.zero;
    const height = groups.length * ROW + 30 + (domain ? 20 : 0);
    const title = this.titleOf({ release: values.release, values });
    const bar = (values: CellValues, y: number) => {
      if (stacked) {
        const [a, b, c] = LEVELS.map((level) => valueAt(values, level) ?? 0);
        const parts = [
          [0, a ?? 0],
          [a ?? 0, b ?? 0],
          [b ?? 0, c ?? 0],
        ] as const;
        return parts.map(([from, to], index) =>
          to > from
            ? svg`<rect class=${`l${index}`} x=${px(x(from))} y=${y} width=${px(x(to) - x(from))} height="12"></rect>`
            : null,
        );
      }
      const all = valueAt(values, 'all');
      const numbers = known(values);
      if (numbers.length === 0) return null;
      const low = x(Math.min(...numbers));
      const high = x(Math.max(...numbers));
      const end = all === null ? zero : x(all);
      return svg`${all === null ? null : svg`<rect class="l1" x=${px(Math.min(zero, end))} y=${y} width=${px(Math.abs(end - zero))} height="12"></rect>`}
        <line class="whisker" x1=${px(low)} x2=${px(high)} y1=${y + 6} y2=${y + 6}></line>
        <line class="whisker" x1=${px(low)} x2=${px(low)} y1=${y + 1} y2=${y + 11}></line>
        <line class="whisker" x1=${px(high)} x2=${px(high)} y1=${y + 1} y2=${y + 11}></line>`;
    };
    // The figures go right of what is drawn: the bar or whisker's right end, or zero when all is left of it.
    const valueX = (values: CellValues) =>
      Math.min(Math.max(zero, ...known(values).map(x)) + 6, barWidth + 6);
    const chart = svg`<svg class="chart" part="chart" viewBox=${`0 0 ${width} ${height}`} role="img" aria-label=${title}>
      ${groups.map((group, index) => {
        const y = index * ROW;
        return svg`<g>
          <text class="label" x="0" y=${y + 13}>${group.label}</text>
          ${scale.signed ? svg`<line class="zero" x1=${px(zero)} x2=${px(zero)} y1=${y + 16} y2=${y + 34}></line>` : null}
          ${bar(group.values, y + 19)}
          <text class="value" x=${px(valueX(group.values))} y=${y + 30}>${rangeText(group, style)}</text>
        </g>`;
      })}
      ${stacked ? this.legend(lang, height - 14) : null}
      ${domain ? this.domainAxis(domain, x, groups.length * ROW + 4, style) : null}
    </svg>`;
    const table = html`<table>
      <caption class="sr-only">
        ${title}
      </caption>
      <thead>
        <tr>
          <th scope="col">${values.group_by?.label ?? ''}</th>
          ${LEVELS.map((level) => html`<th scope="col" class="num">${t(lang, LEVEL_LABELS[level])}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${groups.map(
          (group) =>
            html`<tr>
              <th scope="row">${group.label}</th>
              ${LEVELS.map((level) => html`<td class="num">${levelText(group.values, level, style)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>`;
    return html`${chart}${this.renderTools(lang, table)}`;
  }

  /** The fixed domain's axis under the bars: its ends and zero, in the language's numbers. */
  private domainAxis(
    [low, high]: readonly [number, number],
    x: (value: number) => number,
    y: number,
    style: FigureStyle,
  ) {
    const ticks = [...new Set([low, ...(low < 0 && high > 0 ? [0] : []), high])];
    const label = (value: number) =>
      `${value > 0 ? '+' : ''}${formatNumber(style.lang, value, Number.isInteger(value) ? 'count' : 'index')}`;
    return svg`<g class="domain-axis">
      <line class="zero" x1=${px(x(low))} x2=${px(x(high))} y1=${y} y2=${y}></line>
      ${ticks.map(
        (tick, index) =>
          svg`<text class="value" x=${px(x(tick))} y=${y + 15} text-anchor=${index === 0 ? 'start' : index === ticks.length - 1 ? 'end' : 'middle'}>${label(tick)}</text>`,
      )}
    </g>`;
  }

  private legend(lang: Lang, y: number) {
    const labels = [t(lang, 'verified'), t(lang, 'single_source'), t(lang, 'unverified')];
    let x = 0;
    return svg`<g class="legend">${labels.map((label, index) => {
      const at = x;
      x += 22 + label.length * (lang === 'zh' ? 12 : 6.5) + 12;
      return svg`<rect class=${`l${index}`} x=${at} y=${y} width="14" height="10"></rect>
        <text class="legend" x=${at + 20} y=${y + 9}>${label}</text>`;
    })}</g>`;
  }
}
