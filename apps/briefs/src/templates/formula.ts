import { escapeHtml, SafeHtml } from './html.js';

/**
 * A method's text with its formulas typeset: the subscripts written "N_A" in the data become real subscripts
 * (N<sub>A</sub>), so that "CB = (N_A − N_B) / (N_A + N_B)" prints as a reader expects. Everything else is
 * escaped text.
 */
export function typesetFormula(text: string): SafeHtml {
  return new SafeHtml(
    escapeHtml(text).replace(/\b([A-Za-z])_([A-Za-z0-9]{1,3})\b/g, '<i>$1</i><sub>$2</sub>'),
  );
}
