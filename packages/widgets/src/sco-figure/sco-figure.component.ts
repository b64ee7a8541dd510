import type { CacheGetOptions, Client, IndicatorQuery, IndicatorValues } from '@sco/client';
import { html, type TemplateResult } from 'lit';
import { check, PATTERNS, type AttributeProblem } from '../shared/attributes.js';
import { baseStyles } from '../shared/base.styles.js';
import { FilterElement } from '../shared/filter-element.js';
import { t, type Lang } from '../shared/i18n.js';
import {
  assertIndicatorValues,
  LEVEL_LABELS,
  LEVELS,
  levelText,
  rangeText,
  type FigureStyle,
} from '../shared/indicator.js';
import { figureStyles } from './sco-figure.styles.js';

interface FigureData {
  readonly release: IndicatorValues['release'];
  readonly values: IndicatorValues;
}

/**
 * One headline indicator: its value on all agreements, its range across verification levels (verified;
 * verified and single-source; all) and its definition and method on demand.
 *
 * Inline data (`data`): the response of `GET /v1/indicators/{indicator}?group_by=none&lang=…`.
 *
 * @summary A headline figure with its range across verification levels.
 * @tag sco-figure
 * @attr indicator - Indicator id from GET /v1/indicators (agreements, partners, bri_share…). Default: agreements.
 * @csspart value - The headline number.
 * @csspart levels - The value at each verification level.
 * @csspart definition - The definition and method (a disclosure).
 * @cssproperty --sco-figure-size - Font size of the headline number.
 */
export class ScoFigure extends FilterElement<FigureData> {
  static override styles = [baseStyles, figureStyles];
  static override properties = { ...FilterElement.properties, indicator: {} };

  declare indicator: string;

  constructor() {
    super();
    this.indicator = 'agreements';
  }

  protected override checkAttributes(): (AttributeProblem | undefined)[] {
    return [
      ...super.checkAttributes(),
      check(this, 'indicator', PATTERNS.indicator.test(this.indicator), 'indicator'),
    ];
  }

  protected override fetchKey(): unknown[] {
    return [this.indicator, ...this.filterKey()];
  }

  protected override async fetchData(client: Client, options: CacheGetOptions): Promise<FigureData> {
    // The attributes were checked: the filters hold values the API accepts.
    const query = {
      ...this.indicatorFilters(),
      group_by: 'none',
      lang: this.language,
      release: this.release,
    };
    const values = await client.getIndicator(this.indicator, query as IndicatorQuery, options);
    return { release: values.release, values };
  }

  protected override inlineData(): FigureData {
    const values = this.data;
    assertIndicatorValues(values);
    return { release: values.release, values };
  }

  protected override fallbackTitle(lang: Lang): string {
    return t(lang, 'agreements');
  }

  protected override titleOf({ values }: FigureData): string {
    return values.indicator.title;
  }

  protected override renderData({ values }: FigureData, lang: Lang): TemplateResult {
    const { indicator, total } = values;
    const style: FigureStyle = { unit: indicator.unit, lang, dataLang: values.lang };
    // The range stays on one line: a narrow card (a brief's column) must not break it at its dash.
    const [before = '', after = ''] = t(lang, 'range').split('{range}');
    return html`
      <div class="value" part="value">${levelText(total.values, 'all', style)}</div>
      <div class="range muted">${before}<span class="nowrap">${rangeText(total, style)}</span>${after}</div>
      <dl part="levels">
        ${LEVELS.map(
          (level) =>
            html`<dt>${t(lang, LEVEL_LABELS[level])}</dt>
              <dd>${levelText(total.values, level, style)}</dd>`,
        )}
      </dl>
      <details part="definition">
        <summary>${t(lang, 'definition')}</summary>
        <p>${indicator.definition}</p>
        <p class="muted">${indicator.methodology}</p>
      </details>
    `;
  }
}
