import { formatNumber, type Lang } from '@sco/core';
import { html, type SafeHtml } from '../html.js';
import { CHART } from './svg-chart.js';
import { integerTicks } from './ticks.js';

export interface TwoSeriesSpec {
  readonly years: readonly number[];
  /** Upper panel: an amount per year (e.g. investment, USD millions). */
  readonly upper: ReadonlyMap<number, number>;
  readonly upperTitle: string;
  /** Lower panel: a count per year (e.g. agreements), on whole-number ticks. */
  readonly lower: ReadonlyMap<number, number>;
  readonly lowerTitle: string;
  readonly lang: Lang;
}

const LEFT = 52;
const RIGHT = 10;
const PANEL = 110;
/** The count panel: low, as its values are a few whole numbers. */
const LOWER = 56;
const GAP = 26;
const TOP = 16;

/** Nice ticks for an amount: 0 and up to four steps of 1, 2 or 5 × 10ⁿ. */
function amountTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const raw = max / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = ([1, 2, 5, 10].find((base) => base * power >= raw) ?? 10) * power;
  return Array.from({ length: Math.ceil(max / step) + 1 }, (_, i) => i * step);
}

/**
 * Two series on one time axis, as two panels one above the other: an amount (bars) and a count (bars on
 * whole-number ticks), the years shared.
 */
export function twoSeriesSvg(spec: TwoSeriesSpec): SafeHtml {
  const { lang, years } = spec;
  const height = TOP + PANEL + GAP + LOWER + 22;
  const width = CHART.width - LEFT - RIGHT;
  const band = width / Math.max(1, years.length);
  const x = (year: number) => LEFT + (year - (years[0] ?? 0)) * band;
  const every = years.length > 24 ? 5 : years.length > 12 ? 2 : 1;
  const panel = (
    values: ReadonlyMap<number, number>,
    ticks: readonly number[],
    top: number,
    size: number,
    title: string,
    colour: string,
  ) => {
    const max = ticks.at(-1) ?? 1;
    const y = (value: number) => top + size - (value / max) * size;
    return html`<text
        x="${LEFT}"
        y="${top - 5}"
        font-size="${CHART.text}"
        font-weight="700"
        fill="${CHART.ink}"
        >${title}</text
      >
      ${ticks.map(
        (tick) =>
          html`<line
              x1="${LEFT}"
              x2="${LEFT + width}"
              y1="${y(tick)}"
              y2="${y(tick)}"
              stroke="${CHART.rule}"
              stroke-width="0.5"
            />
            <text
              x="${LEFT - 4}"
              y="${y(tick) + 3.5}"
              text-anchor="end"
              font-size="${CHART.text}"
              fill="${CHART.muted}"
              >${formatNumber(tick, lang)}</text
            >`,
      )}
      ${years.map((year) => {
        const value = values.get(year) ?? 0;
        return value > 0
          ? html`<rect
              x="${(x(year) + band * 0.2).toFixed(1)}"
              y="${y(value).toFixed(1)}"
              width="${(band * 0.6).toFixed(1)}"
              height="${(top + size - y(value)).toFixed(1)}"
              fill="${colour}"
            />`
          : '';
      })}
      <line
        x1="${LEFT}"
        x2="${LEFT + width}"
        y1="${top + size}"
        y2="${top + size}"
        stroke="${CHART.ink}"
        stroke-width="0.8"
      />`;
  };
  const lowerTop = TOP + PANEL + GAP;
  return html`<svg
    class="drawn-chart"
    viewBox="0 0 ${CHART.width} ${height}"
    xmlns="http://www.w3.org/2000/svg"
    aria-hidden="true"
  >
    ${panel(spec.upper, amountTicks(Math.max(0, ...spec.upper.values())), TOP, PANEL, spec.upperTitle, CHART.second)}
    ${panel(spec.lower, integerTicks(Math.max(0, ...spec.lower.values())), lowerTop, LOWER, spec.lowerTitle, CHART.accent)}
    ${years
      .filter((year) => (year - (years[0] ?? 0)) % every === 0)
      .map(
        (year) =>
          html`<text
            x="${(x(year) + band / 2).toFixed(1)}"
            y="${lowerTop + LOWER + 13}"
            text-anchor="middle"
            font-size="${CHART.text}"
            fill="${CHART.muted}"
            >${year}</text
          >`,
      )}
  </svg>`;
}
