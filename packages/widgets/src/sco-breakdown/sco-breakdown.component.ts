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
} from '../shared/indicator.js';
import { px } from '../shared/scale.js';
import { BREAKDOWNS, type Breakdown } from '../shared/vocabulary.js';
import { breakdownStyles } from './sco-breakdown.styles.js';

interface BreakdownData {
  readonly release: IndicatorValues['release'];
  readonly values: IndicatorValues;
}

const WIDTH = 640;
const ROW = 40;
const LABEL_WIDTH = WIDTH - 70;

function isBreakdown(value: string): value is Breakdown {
  return (BREAKDOWNS as readonly string[]).includes(value);
}

/**
 * Bars of an indicator by type, region, sector or partner kind. Counts are stacked by verification level
 * (verified, single-source, unverified); shares and indices show the value on all agreements with the
 * range across levels as a whisker. An agreement can count in several groups (a multilateral initiative
 * counts in each partner's region).
 *
 * Inline data (`data`): the response of `GET /v1/indicators/{indicator}?group_by={by}&lang=…`.
 *
 * @summary Bars of an indicator by type, region, sector or partner kind.
 * @tag sco-breakdown
 * @attr by - type, region, sector or partner_kind. Default: type.
 * @attr indicator - Indicator id (see GET /v1/indicators). Default: agreements.
 */
export class ScoBreakdown extends ChartElement<BreakdownData> {
  static override styles = [baseStyles, breakdownStyles];
  static override properties = { ...ChartElement.properties, by: {}, indicator: {} };

  declare by: string;
  declare indicator: string;

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
    const stacked = unit === 'count';
    const groups = values.groups;
    const maxima = groups.flatMap((group) => LEVELS.map((level) => valueAt(group.values, level) ?? 0));
    const max = Math.max(unit === 'share' ? 1 : 0, ...maxima, 1e-9);
    const x = (value: number) => (value / max) * LABEL_WIDTH;
    const height = groups.length * ROW + 30;
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
      const known = LEVELS.map((level) => valueAt(values, level)).filter((v): v is number => v !== null);
      if (known.length === 0) return null;
      const low = x(Math.min(...known));
      const high = x(Math.max(...known));
      return svg`${all === null ? null : svg`<rect class="l1" x="0" y=${y} width=${px(x(all))} height="12"></rect>`}
        <line class="whisker" x1=${px(low)} x2=${px(high)} y1=${y + 6} y2=${y + 6}></line>
        <line class="whisker" x1=${px(low)} x2=${px(low)} y1=${y + 1} y2=${y + 11}></line>
        <line class="whisker" x1=${px(high)} x2=${px(high)} y1=${y + 1} y2=${y + 11}></line>`;
    };
    const chart = svg`<svg class="chart" part="chart" viewBox=${`0 0 ${WIDTH} ${height}`} role="img" aria-label=${title}>
      ${groups.map((group, index) => {
        const y = index * ROW;
        return svg`<g>
          <text class="label" x="0" y=${y + 13}>${group.label}</text>
          ${bar(group.values, y + 19)}
          <text class="value" x=${px(Math.min(x(Math.max(...LEVELS.map((l) => valueAt(group.values, l) ?? 0))) + 6, LABEL_WIDTH + 6))} y=${y + 30}>${rangeText(group.values, unit, lang)}</text>
        </g>`;
      })}
      ${stacked ? this.legend(lang, height - 14) : null}
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
              ${LEVELS.map((level) => html`<td class="num">${levelText(group.values, level, unit, lang)}</td>`)}
            </tr>`,
        )}
      </tbody>
    </table>`;
    return html`${chart}${this.renderTools(lang, table)}`;
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
