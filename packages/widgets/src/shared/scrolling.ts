import { html, type TemplateResult } from 'lit';

/**
 * A table in a box of its widget's width that scrolls sideways when the table is wider, instead of reaching
 * past the widget: a region that a keyboard reaches (to scroll it with the arrow keys) and a screen reader
 * names. Its style (`.scroll`) is in the base styles.
 */
export const scrolling = (label: string, table: TemplateResult): TemplateResult =>
  html`<div class="scroll" role="region" tabindex="0" aria-label=${label}>${table}</div>`;
