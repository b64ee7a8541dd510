import type { Lang } from './lang.js';

/**
 * What adds an aside in parentheses after a text, as its language sets them: " (inferred)" after a space; in
 * Chinese full-width and without a space, whatever the aside's script: "（推定）", "（Rosstandart）".
 */
export function parenthesisAfter(aside: string, lang: Lang): string {
  return lang === 'zh' ? `（${aside}）` : ` (${aside})`;
}

/**
 * A text with an aside in parentheses: "Rosstandart (RUS)", "2016 (inferred)";
 * "俄罗斯联邦技术调节与计量署（Rosstandart）", "2016 年（推定）".
 */
export function parenthetical(text: string, aside: string, lang: Lang): string {
  return `${text}${parenthesisAfter(aside, lang)}`;
}
