/**
 * The one spacing rule between Chinese and Latin text: a space between a Han character and a Latin letter or
 * a digit, on either side ("共 93 项", "ISO 标准"); none next to full-width punctuation, which carries its own
 * space. Spaces already present are kept, never doubled.
 */
export function spaceCjk(text: string): string {
  return text
    .replace(/(\p{Script=Han})([A-Za-z0-9\u2212])/gu, '$1 $2')
    .replace(/([A-Za-z0-9%])(\p{Script=Han})/gu, '$1 $2');
}
