import { css } from 'lit';

export const breakdownStyles = css`
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
  }
  .label {
    font-size: 13px;
  }
  .value {
    font-size: 12px;
    font-variant-numeric: tabular-nums;
  }
  .zero {
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .whisker {
    stroke: var(--_fg);
    stroke-width: 1.5;
  }
  .legend {
    font-size: 11px;
  }
`;
