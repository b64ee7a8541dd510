import { formatNumber, type Lang } from '@sco/core';
import { html, type SafeHtml } from '../html.js';
import { textWidth } from './label-placement.js';
import { placeLabelsOnce } from './placed-labels-cache.js';
import { CHART } from './svg-chart.js';
import { integerTicks, logTicks } from './ticks.js';

export interface ScatterPoint {
  readonly x: number;
  readonly y: number;
  /** The label of an outlier, printed beside its point; null for the others. */
  readonly label: string | null;
}

export interface ScatterSpec {
  readonly points: readonly ScatterPoint[];
  /** Cut points drawn as quadrant lines (the medians); y is a count, drawn halfway to the next one. */
  readonly xCut: number | null;
  readonly yCut: number | null;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly cutLabel: (value: string) => string;
  readonly lang: Lang;
  /** Its height in chart units (600 across). */
  readonly height: number;
}

const PLOT = { left: 46, right: 14, top: 12, bottom: 46 };

/**
 * A scatter plot as inline SVG: x on a logarithmic axis (powers of ten), y a count on whole-number ticks,
 * the quadrant lines at the cut points, outliers labelled with their labels placed apart.
 */
export function scatterSvg(spec: ScatterSpec): SafeHtml {
  const { lang } = spec;
  const HEIGHT = spec.height;
  const positive = spec.points.filter((point) => point.x > 0);
  const xs = logTicks(Math.min(...positive.map((p) => p.x)), Math.max(...positive.map((p) => p.x)));
  const ys = integerTicks(Math.max(...spec.points.map((p) => p.y)));
  const [xMin, xMax] = [Math.log10(xs[0] ?? 1), Math.log10(xs.at(-1) ?? 10)];
  const yMax = ys.at(-1) ?? 1;
  const width = CHART.width - PLOT.left - PLOT.right;
  const height = HEIGHT - PLOT.top - PLOT.bottom;
  const sx = (value: number) => PLOT.left + ((Math.log10(value) - xMin) / (xMax - xMin)) * width;
  const sy = (value: number) => PLOT.top + height - (value / yMax) * height;
  const number = (value: number) => formatNumber(value, lang);
  const bottom = PLOT.top + height;
  const xCut = spec.xCut !== null && spec.xCut > 0 ? sx(spec.xCut) : null;
  const yCut = spec.yCut !== null ? sy(spec.yCut + 0.5) : null;
  const cutSize = CHART.text - 1;
  const xCutText = spec.cutLabel(number(spec.xCut ?? 0));
  const yCutText = spec.cutLabel(number(spec.yCut ?? 0));
  const yCutX = PLOT.left + width - textWidth(yCutText, cutSize);
  const labelled = positive.filter((point) => point.label !== null);
  const labels = placeLabelsOnce(
    labelled.map((point) => ({ x: sx(point.x), y: sy(point.y), text: point.label ?? '' })),
    CHART.text,
    { x: PLOT.left, y: PLOT.top, width, height },
    // Labels keep off the labelled points and the medians' notes; their leaders cross no label.
    [
      ...labelled.map((point) => ({ x: sx(point.x) - 3.5, y: sy(point.y) - 3.5, width: 7, height: 7 })),
      ...(xCut === null
        ? []
        : [{ x: xCut + 3, y: PLOT.top, width: textWidth(xCutText, cutSize), height: cutSize * 1.15 }]),
      ...(yCut === null
        ? []
        : [{ x: yCutX, y: yCut - 3 - cutSize, width: textWidth(yCutText, cutSize), height: cutSize * 1.15 }]),
    ],
    // and, where they can, off the other points and the median lines.
    [
      ...positive
        .filter((point) => point.label === null)
        .map((point) => ({ x: sx(point.x) - 2.6, y: sy(point.y) - 2.6, width: 5.2, height: 5.2 })),
      ...(xCut === null ? [] : [{ x: xCut - 0.5, y: PLOT.top, width: 1, height }]),
      ...(yCut === null ? [] : [{ x: PLOT.left, y: yCut - 0.5, width, height: 1 }]),
    ],
  );
  return html`<svg
    class="drawn-chart"
    viewBox="0 0 ${CHART.width} ${HEIGHT}"
    xmlns="http://www.w3.org/2000/svg"
    aria-hidden="true"
  >
    ${xs.map(
      (tick) =>
        html`<line
            x1="${sx(tick)}"
            x2="${sx(tick)}"
            y1="${PLOT.top}"
            y2="${bottom}"
            stroke="${CHART.rule}"
            stroke-width="0.5"
          />
          <text
            x="${sx(tick)}"
            y="${bottom + 13}"
            text-anchor="${tick === xs.at(-1) ? 'end' : 'middle'}"
            font-size="${CHART.text}"
            fill="${CHART.muted}"
            >${number(tick)}</text
          >`,
    )}
    ${ys.map(
      (tick) =>
        html`<line
            x1="${PLOT.left}"
            x2="${PLOT.left + width}"
            y1="${sy(tick)}"
            y2="${sy(tick)}"
            stroke="${CHART.rule}"
            stroke-width="0.5"
          />
          <text
            x="${PLOT.left - 5}"
            y="${sy(tick) + 3.5}"
            text-anchor="end"
            font-size="${CHART.text}"
            fill="${CHART.muted}"
            >${number(tick)}</text
          >`,
    )}
    <line
      x1="${PLOT.left}"
      x2="${PLOT.left + width}"
      y1="${bottom}"
      y2="${bottom}"
      stroke="${CHART.ink}"
      stroke-width="0.8"
    />
    ${
      xCut === null
        ? ''
        : html`<line
              x1="${xCut}"
              x2="${xCut}"
              y1="${PLOT.top}"
              y2="${bottom}"
              stroke="${CHART.second}"
              stroke-width="1"
              stroke-dasharray="4 3"
            />
            <text x="${xCut + 3}" y="${PLOT.top + 9}" font-size="${cutSize}" fill="${CHART.second}"
              >${xCutText}</text
            >`
    }
    ${
      yCut === null
        ? ''
        : html`<line
              x1="${PLOT.left}"
              x2="${PLOT.left + width}"
              y1="${yCut}"
              y2="${yCut}"
              stroke="${CHART.second}"
              stroke-width="1"
              stroke-dasharray="4 3"
            />
            <text x="${yCutX}" y="${yCut - 3}" font-size="${cutSize}" fill="${CHART.second}"
              >${yCutText}</text
            >`
    }
    ${positive.map(
      (point) =>
        html`<circle
          cx="${sx(point.x).toFixed(1)}"
          cy="${sy(point.y).toFixed(1)}"
          r="${point.label === null ? 2.6 : 3.4}"
          fill="${CHART.accent}"
          fill-opacity="${point.label === null ? 0.4 : 0.9}"
        />`,
    )}
    ${labels.map(
      (label) =>
        html`${
            label.leader
              ? html`<line
                  class="leader"
                  x1="${label.leader[0].toFixed(1)}"
                  y1="${label.leader[1].toFixed(1)}"
                  x2="${label.leader[2].toFixed(1)}"
                  y2="${label.leader[3].toFixed(1)}"
                  stroke="${CHART.muted}"
                  stroke-width="0.5"
                />`
              : ''
          }<text
            class="point-label"
            x="${label.x.toFixed(1)}"
            y="${(label.y + label.height * 0.8).toFixed(1)}"
            font-size="${CHART.text}"
            fill="${CHART.ink}"
            >${label.text}</text
          >`,
    )}
    <text
      x="${PLOT.left + width / 2}"
      y="${HEIGHT - 6}"
      text-anchor="middle"
      font-size="${CHART.text}"
      fill="${CHART.ink}"
    >
      ${spec.xTitle}
    </text>
    <text
      transform="translate(11 ${PLOT.top + height / 2}) rotate(-90)"
      text-anchor="middle"
      font-size="${CHART.text}"
      fill="${CHART.ink}"
    >
      ${spec.yTitle}
    </text>
  </svg>`;
}
