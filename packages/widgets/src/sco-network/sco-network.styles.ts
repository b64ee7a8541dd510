import { css } from 'lit';

export const networkStyles = css`
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
  }
  .edge {
    stroke-opacity: 0.55;
    stroke-linecap: round;
  }
  .edge.dim {
    stroke-opacity: 0.12;
  }
  .standardisation {
    stroke: var(--_accent);
  }
  .conformity_assessment {
    stroke: var(--_highlight);
  }
  .metrology {
    stroke: #7b61c9;
  }
  .accreditation {
    stroke: #2f9e62;
  }
  .inspection_product_safety {
    stroke: #c2417a;
  }
  .transport_certificate_recognition {
    stroke: #8a7a2e;
  }
  .node {
    stroke: var(--_bg);
    stroke-width: 1.5;
  }
  .node.chinese {
    fill: var(--_fg);
  }
  .node.partner {
    fill: var(--_muted);
  }
  .node.active {
    stroke: var(--_focus);
    stroke-width: 4;
  }
  .node:focus {
    outline: none;
  }
  text.label {
    fill: var(--_fg);
    font-weight: 600;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0;
    padding: 0;
    list-style: none;
    font-size: 0.8em;
  }
  .legend svg {
    width: 1.5em;
    height: 0.6em;
  }
  .readout {
    min-height: 1.45em;
    margin: 0.25rem 0;
    font-size: 0.875em;
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
`;
