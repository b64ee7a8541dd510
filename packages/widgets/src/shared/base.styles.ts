import { css } from 'lit';

/**
 * The dark palette, used by theme="dark" and by theme="auto" (the default) when the reader prefers dark. The
 * verification levels (l0…l2) keep 3:1 against the background in both palettes, and so does every class of the
 * map (c1…c4), each a step of 1.25:1 or more from the next.
 */
const dark = css`
  --_fg: var(--sco-color-text, #e7eaef);
  --_muted: var(--sco-color-muted, #a9b2bf);
  --_bg: var(--sco-color-background, #16191e);
  --_surface: var(--sco-color-surface, #222831);
  --_border: var(--sco-color-border, #3c4552);
  --_accent: var(--sco-color-accent, #62b6d9);
  --_highlight: var(--sco-color-highlight, #f4a340);
  --_error: var(--sco-color-error, #ff9b8f);
  --_error-bg: #3a1d1a;
  --_empty: #2c323b;
  --_level0: var(--_accent);
  --_level1: color-mix(in srgb, var(--_accent) 76%, var(--_bg));
  --_level2: color-mix(in srgb, var(--_accent) 55%, var(--_bg));
  --_c1: color-mix(in srgb, var(--_accent) 56%, var(--_bg));
  --_c2: color-mix(in srgb, var(--_accent) 71%, var(--_bg));
  --_c3: color-mix(in srgb, var(--_accent) 86%, var(--_bg));
  --_c4: var(--_accent);
`;

/**
 * What every widget shares: public custom properties mapped to private ones, light and dark palettes,
 * the frame, the messages (loading, error), the footer, the toolbar and the data tables.
 */
export const baseStyles = css`
  :host {
    --_font: var(--sco-font-family, inherit);
    --_fg: var(--sco-color-text, #1c2430);
    --_muted: var(--sco-color-muted, #566070);
    --_bg: var(--sco-color-background, #ffffff);
    --_surface: var(--sco-color-surface, #f2f4f7);
    --_border: var(--sco-color-border, #d3d9e0);
    --_accent: var(--sco-color-accent, #1b6a8a);
    --_highlight: var(--sco-color-highlight, #b45309);
    --_error: var(--sco-color-error, #a4231b);
    --_error-bg: #fdf0ee;
    --_empty: #e4e7eb;
    --_level0: color-mix(in srgb, var(--_accent) 60%, var(--_fg));
    --_level1: var(--_accent);
    --_level2: color-mix(in srgb, var(--_accent) 70%, var(--_bg));
    --_c1: color-mix(in srgb, var(--_accent) 70%, var(--_bg));
    --_c2: color-mix(in srgb, var(--_accent) 85%, var(--_bg));
    --_c3: var(--_accent);
    --_c4: color-mix(in srgb, var(--_accent) 65%, var(--_fg));
    --_radius: var(--sco-radius, 6px);
    --_focus: var(--sco-focus-color, #1f5fbf);
    display: block;
    font-family: var(--_font);
    color: var(--_fg);
    line-height: 1.45;
  }
  :host([theme='dark']) {
    ${dark}
    --_focus: var(--sco-focus-color, #8fb8ff);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
      --_focus: var(--sco-focus-color, #8fb8ff);
    }
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .frame {
    background: var(--_bg);
    color: var(--_fg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1rem;
    min-height: 6rem;
  }
  .title {
    margin: 0 0 0.75rem;
    font-size: 1.05em;
    font-weight: 600;
  }
  .message {
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_muted);
  }
  .error {
    background: var(--_error-bg);
    color: var(--_error);
    border-inline-start: 4px solid var(--_error);
  }
  .error .detail {
    display: block;
    margin-top: 0.25rem;
    font-size: 0.875em;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.875em;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin-top: 0.75rem;
    padding-top: 0.5rem;
    border-top: 1px solid var(--_border);
    font-size: 0.8125em;
    color: var(--_muted);
  }
  .footer a {
    display: inline-block;
    padding-block: 0.2rem;
  }
  .stale {
    flex-basis: 100%;
    color: var(--_error);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  button,
  input {
    font: inherit;
    font-size: 0.875em;
    color: var(--_fg);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.25rem 0.6rem;
  }
  button {
    cursor: pointer;
    min-height: 24px;
  }
  button:disabled {
    cursor: default;
    opacity: 0.55;
  }
  details {
    flex-basis: 100%;
    min-width: 0;
  }
  .scroll {
    overflow-x: auto;
  }
  summary {
    cursor: pointer;
    min-height: 24px;
    font-size: 0.875em;
    color: var(--_accent);
    width: max-content;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin-top: 0.5rem;
    font-size: 0.875em;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  th,
  td {
    text-align: start;
    padding: 0.3rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  td.num,
  th.num {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  svg text {
    font-family: var(--_font);
    fill: var(--_fg);
  }
  .l0 {
    fill: var(--_level0);
  }
  .l1 {
    fill: var(--_level1);
  }
  .l2 {
    fill: var(--_level2);
  }
  svg .axis {
    stroke: var(--_border);
  }
  svg .tick {
    fill: var(--_muted);
    font-size: 11px;
  }
  @media (prefers-reduced-motion: no-preference) {
    .animated {
      transition:
        fill 0.15s ease,
        opacity 0.15s ease;
    }
  }
  @media print {
    .toolbar button,
    .stale {
      display: none;
    }
    .frame {
      break-inside: avoid;
    }
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
