import { css } from 'lit';

/** The investment bars' styles: adopted by the widget's shadow root when the bars are drawn. */
export const investmentStyles = css`
  .inv-bar {
    fill: var(--sco-color-investment, color-mix(in srgb, var(--_fg) 55%, var(--_bg)));
  }
  .inv-hit {
    fill: transparent;
  }
  .inv:focus,
  .agr:focus {
    outline: none;
  }
  .agr:focus-visible .mark {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .inv-outline {
    fill: none;
    stroke: var(--_fg);
    stroke-width: 1.5;
    pointer-events: none;
  }
  .inv:focus-visible .inv-outline {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .inv-title {
    font-size: 11px;
    font-weight: 600;
  }
  .inv-grid {
    stroke: var(--_border);
    stroke-width: 0.5;
  }
  .mark {
    fill: var(--_accent);
  }
  .inv-readout {
    min-height: 1.45em;
    margin: 0.25rem 0;
    font-size: 0.875em;
  }
  .inv-note {
    margin: 0.4rem 0 0;
  }
  .inv-chart {
    display: block;
    width: 100%;
    height: auto;
    margin-top: 0.75rem;
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
`;
