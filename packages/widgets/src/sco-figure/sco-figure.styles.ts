import { css } from 'lit';

export const figureStyles = css`
  .value {
    font-size: var(--sco-figure-size, 2.75rem);
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent);
    font-variant-numeric: tabular-nums;
  }
  .range {
    margin: 0.25rem 0 0.5rem;
  }
  .nowrap {
    white-space: nowrap;
  }
  dl {
    display: grid;
    grid-template-columns: auto auto;
    justify-content: start;
    gap: 0.15rem 1rem;
    margin: 0.5rem 0;
    font-size: 0.875em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  details p {
    font-size: 0.875em;
    margin: 0.4rem 0;
  }
`;
