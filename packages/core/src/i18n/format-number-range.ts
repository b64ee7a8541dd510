import { formatNumber, type NumberStyle } from './format-number.js';
import type { Lang } from './lang.js';

/**
 * What joins the two ends of a range in each language: an en dash in English ("42–93"), "à" in French
 * ("42 à 93"), a full-width tilde in Chinese ("42～93"). Never an ASCII hyphen, which reads as a subtraction.
 */
const JOINERS: Readonly<Record<Lang, string>> = { en: '\u2013', fr: '\u00a0à ', zh: '\uff5e' };

/** In English, a range with a negative end is written with "to": "−0.60 to 0.00", not "−0.60–0.00". */
const SIGNED_JOINERS: Readonly<Record<Lang, string>> = { en: ' to ', fr: '\u00a0à ', zh: '\uff5e' };

/**
 * A range of numbers in a language's way: en "42–93", fr "42 à 93", zh "42～93"; with a negative end, en
 * "−0.60 to 0.00", fr "−0,60 à 0,00" (so also a range of changes: "+1 to +3"). The ends are put in order; when they read the same once formatted,
 * the range is that one number.
 */
export function formatNumberRange(low: number, high: number, lang: Lang, style: NumberStyle = {}): string {
  const from = formatNumber(Math.min(low, high), lang, style);
  const to = formatNumber(Math.max(low, high), lang, style);
  if (from === to) return from;
  const joiner = Math.min(low, high) < 0 || style.signed === true ? SIGNED_JOINERS[lang] : JOINERS[lang];
  return `${from}${joiner}${to}`;
}
