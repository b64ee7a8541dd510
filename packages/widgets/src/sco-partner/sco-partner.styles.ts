import { css } from 'lit';

export const partnerStyles = css`
  .subtitle {
    margin: -0.5rem 0 0.75rem;
  }
  .count {
    font-size: var(--sco-figure-size, 2.25rem);
    font-weight: 700;
    line-height: 1.1;
    color: var(--_accent);
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr));
    gap: 0.5rem 1.5rem;
    margin-top: 0.75rem;
  }
  h3 {
    font-size: 0.9em;
    margin: 0.75rem 0 0.3rem;
  }
  dl {
    margin: 0;
    font-size: 0.875em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0 0 0.4rem;
  }
  ul {
    margin: 0;
    padding-inline-start: 1.1rem;
    font-size: 0.875em;
  }
  li {
    margin-bottom: 0.25rem;
  }
`;
