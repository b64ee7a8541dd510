import { css } from 'lit';

export const agreementsStyles = css`
  :host {
    container-type: inline-size;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .controls input {
    min-width: min(14rem, 100%);
  }
  th button {
    all: unset;
    cursor: pointer;
    font-weight: 600;
    display: inline-block;
    min-height: 24px;
    line-height: 24px;
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
  /* Under 600 px each agreement is a card: its fields one under the other, each named; the headers stay as a
     strip of sort buttons, and the pager's buttons are arrows, their words kept for screen readers. */
  @container (max-width: 600px) {
    table,
    tbody,
    tr,
    td {
      display: block;
    }
    thead tr {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
      padding-bottom: 0.5rem;
      border-bottom: 1px solid var(--_border);
    }
    thead th {
      border: 0;
      padding: 0;
    }
    th button {
      padding: 0 0.6rem;
      border: 1px solid var(--_border);
      border-radius: 1rem;
      background: var(--_surface);
    }
    th:last-child,
    .pager span:not([role]) {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }
    .pager {
      justify-content: space-between;
    }
    .pager button {
      min-width: 2.75rem;
      font-size: 1.1em;
    }
    .prev::before {
      content: '‹' / '';
    }
    .next::before {
      content: '›' / '';
    }
    tbody tr {
      padding: 0.4rem 0;
      border-bottom: 1px solid var(--_border);
    }
    td {
      border: 0;
      padding: 0.1rem 0;
      white-space: normal;
    }
    td[data-label]::before {
      content: attr(data-label) ': ';
      color: var(--_muted);
    }
    td.title {
      font-weight: 600;
    }
    td.title::before {
      content: none;
    }
  }
`;
