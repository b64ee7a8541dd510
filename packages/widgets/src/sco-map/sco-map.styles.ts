import { css } from 'lit';

export const mapStyles = css`
  :host {
    container-type: inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 3fr) minmax(11rem, 1fr);
    gap: 1rem;
    align-items: start;
  }
  @container (max-width: 560px) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  svg.chart {
    display: block;
    width: 100%;
    height: auto;
  }
  .land {
    stroke: var(--_bg);
    stroke-width: 0.5;
  }
  .c0 {
    fill: var(--_empty);
  }
  .c1 {
    fill: var(--_c1);
  }
  .c2 {
    fill: var(--_c2);
  }
  .c3 {
    fill: var(--_c3);
  }
  .c4 {
    fill: var(--_c4);
  }
  .partner {
    cursor: pointer;
  }
  .partner:focus-visible {
    outline: none;
    stroke: var(--_focus);
    stroke-width: 2;
  }
  .outline {
    fill: none;
    stroke: var(--_highlight);
    stroke-width: 2.5;
    pointer-events: none;
  }
  .bg {
    fill: var(--_bg);
  }
  .legend text {
    /* LEGEND_TEXT in the component: at least 7 pt in print. */
    font-size: 16px;
  }
  .info {
    min-height: 1.5em;
    margin: 0.25rem 0 0;
    font-size: 0.9em;
  }
  .side h3 {
    font-size: 0.9em;
    margin: 0 0 0.4rem;
  }
  .side ul {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    font-size: 0.8125em;
  }
  .side button,
  .side a {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    width: 100%;
    text-align: start;
    font-size: 1em;
    line-height: 1.3;
    min-height: 24px;
    padding: 0.2rem 0.35rem;
    border: 0;
    border-radius: var(--_radius);
    background: none;
    color: var(--_fg);
    text-decoration: none;
  }
  .side button:hover,
  .side a:hover {
    background: var(--_surface);
  }
  .count {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    color: var(--_accent);
  }
`;
