import { css } from 'lit';

export const agreementsStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .controls input {
    min-width: 14rem;
  }
  .scroll {
    overflow-x: auto;
  }
  th button {
    all: unset;
    cursor: pointer;
    font-weight: 600;
  }
  th button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  th[aria-sort='ascending'] button::after {
    content: ' ▲';
  }
  th[aria-sort='descending'] button::after {
    content: ' ▼';
  }
  th,
  td.date,
  td.nowrap,
  td button {
    white-space: nowrap;
  }
  .frame[lang='zh'] td.type {
    word-break: keep-all;
  }
  .original {
    display: block;
    color: var(--_muted);
    font-size: 0.9em;
  }
  tr.sources td {
    background: var(--_surface);
  }
  tr.sources ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  .pager {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
`;
