import { css } from 'lit';

export const timelineStyles = css`
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
  }
  .band {
    fill: color-mix(in srgb, var(--_accent) 18%, var(--_bg));
  }
  .line {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .line.verified {
    stroke-width: 1;
    stroke-dasharray: 4 3;
  }
  .tally {
    fill: var(--_highlight);
  }
  text.tally-label {
    fill: var(--_highlight);
    font-size: 11px;
    font-weight: 600;
  }
  .plain-labels text.tally-label {
    fill: var(--_fg);
  }
  .plain-labels .tally {
    stroke: var(--_fg);
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 0.5;
  }
  .separator {
    stroke: var(--_border);
    stroke-dasharray: 3 3;
  }
  .panel-title,
  .legend {
    font-size: 11px;
  }
  .panel-title {
    font-weight: 600;
  }
  .note {
    margin: 0.5rem 0 0;
  }
`;
