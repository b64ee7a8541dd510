/**
 * Characters that make a spreadsheet read a cell as a formula (or, for tab and carriage return, let one
 * start after them): OWASP's CSV injection guidance.
 */
export const FORMULA_TRIGGERS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];

/**
 * Neutralises spreadsheet formula injection: a text that starts with a formula trigger is prefixed with a
 * single quote, so that Excel, LibreOffice and Google Sheets show it as text instead of running it
 * (e.g. `=HYPERLINK("http://…")`). Every other text is returned as it is.
 */
export function neutraliseCell(text: string): string {
  return FORMULA_TRIGGERS.some((trigger) => text.startsWith(trigger)) ? `'${text}` : text;
}
