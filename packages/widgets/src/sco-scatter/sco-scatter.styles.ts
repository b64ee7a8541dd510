import { css } from 'lit';

export const scatterStyles = css`
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 0.5;
  }
  .cut {
    stroke: var(--_muted);
    stroke-dasharray: 5 4;
  }
  .tick {
    fill: var(--_muted);
    font-size: 11px;
  }
  text.axis-title {
    fill: var(--_fg);
    font-size: 12px;
  }
  .point {
    fill: color-mix(in srgb, var(--_accent) 70%, transparent);
    stroke: var(--_bg);
    stroke-width: 0.75;
    r: var(--sco-scatter-point-size, 4.5px);
  }
  .point.off {
    fill: color-mix(in srgb, var(--_highlight) 80%, transparent);
  }
  .point.active {
    stroke: var(--_fg);
    stroke-width: 2;
  }
  .point:focus {
    outline: none;
  }
  .point:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  text.label {
    fill: var(--_fg);
    font-size: 11px;
    font-weight: 600;
  }
  .readout {
    min-height: 1.45em;
    margin: 0.25rem 0;
    font-size: 0.875em;
  }
  .statistics p {
    margin: 0.4rem 0;
  }
  .caveats {
    margin: 0.25rem 0;
    padding-left: 1.2rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
`;
