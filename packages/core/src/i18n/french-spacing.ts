/**
 * French spacing around high punctuation: a no-break space before ":" and "»" and after "«", a narrow no-break
 * space before ";", "?" and "!" — so that a line never breaks between a word and its colon or quotation mark
 * ("Contact :", "« mondiale »"). A space already no-break is kept; an ordinary one there becomes one.
 */
export function frenchSpacing(text: string): string {
  return text
    .replace(/ ([:»])/g, '\u00a0$1')
    .replace(/ ([;?!])/g, '\u202f$1')
    .replace(/« /g, '«\u00a0');
}
