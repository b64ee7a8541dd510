/**
 * The one spacing rule between Chinese and Latin text: a space between a Han character and a Latin or Greek
 * letter or a digit, on either side ("共 93 项", "ISO 标准", "斯皮尔曼 ρ 为 0.47"); none next to full-width
 * punctuation, which carries its own space. Spaces already present are kept, never doubled.
 */
export function spaceCjk(text: string): string {
  return text
    .replace(/(\p{Script=Han})([A-Za-z0-9\u2212\u0391-\u03c9])/gu, '$1 $2')
    .replace(/([A-Za-z0-9%\u0391-\u03c9])(\p{Script=Han})/gu, '$1 $2');
}
