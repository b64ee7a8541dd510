import { css } from 'lit';

export const networkStyles = css`
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
  }
  /* The scopes' colours keep 3:1 against the background at the edges' opacity, in each theme. */
  :host {
    --_metrology: #6a4fc0;
    --_accreditation: #217a4b;
    --_inspection: #a8325f;
    --_transport: #6e6020;
  }
  :host([theme='dark']) {
    --_metrology: #a08ce0;
    --_accreditation: #4cc38a;
    --_inspection: #e0679e;
    --_transport: #c9b458;
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_metrology: #a08ce0;
      --_accreditation: #4cc38a;
      --_inspection: #e0679e;
      --_transport: #c9b458;
    }
  }
  .edge {
    stroke-opacity: 0.8;
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
    stroke: var(--_metrology);
  }
  .accreditation {
    stroke: var(--_accreditation);
  }
  .inspection_product_safety {
    stroke: var(--_inspection);
  }
  .transport_certificate_recognition {
    stroke: var(--_transport);
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
    width: 3em;
    height: 0.6em;
  }
  .readout {
    min-height: 1.45em;
    margin: 0.25rem 0;
    font-size: 0.875em;
  }
  .readout p {
    margin: 0 0 0.25rem;
  }
  /* One link a line on a phone, in columns where there is room. */
  .links {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
    gap: 0.1rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
`;
