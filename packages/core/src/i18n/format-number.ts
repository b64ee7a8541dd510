import type { Lang } from './lang.js';

/** How a number is written: a percentage or a plain number, and how many decimals it shows. */
export interface NumberStyle {
  /** A ratio written as a percentage (0.25 → "25 %" in French). */
  readonly percent?: boolean;
  readonly minFractionDigits?: number;
  readonly maxFractionDigits?: number;
  /** A change, written with its sign either way ("+3", "−2"; zero unsigned). */
  readonly signed?: boolean;
}

/** The minus sign of print (U+2212): an ASCII hyphen reads as a dash or a subtraction. */
export const MINUS = '\u2212';

const NUMBER_LOCALES: Readonly<Record<Lang, string>> = { en: 'en', fr: 'fr', zh: 'zh-CN' };

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: Lang, style: NumberStyle): Intl.NumberFormat {
  const key = `${lang}:${style.percent === true ? 'p' : 'n'}:${style.minFractionDigits ?? ''}:${style.maxFractionDigits ?? ''}:${style.signed === true ? 's' : ''}`;
  let format = formats.get(key);
  if (!format) {
    const max = style.maxFractionDigits ?? (style.percent === true ? 1 : 0);
    const min = Math.min(style.minFractionDigits ?? 0, max);
    format = new Intl.NumberFormat(NUMBER_LOCALES[lang], {
      style: style.percent === true ? 'percent' : 'decimal',
      minimumFractionDigits: min,
      maximumFractionDigits: max,
      signDisplay: style.signed === true ? 'exceptZero' : 'negative',
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * A number in a language's way — "1,234.5", "1 234,5", "25 %" — with a true minus sign (U+2212) and no
 * "−0" for a value that rounds to zero. Counts show no decimals unless the style asks for them.
 */
export function formatNumber(value: number, lang: Lang, style: NumberStyle = {}): string {
  return numberFormat(lang, style).format(value).replace(/-/g, MINUS);
}

/**
 * How many decimals a column of numbers needs so that every figure in it shows the same number of decimals:
 * the most any value needs (trailing zeros dropped), at most `max`. [1, 2.5, 0.25] → 2 (with max ≥ 2).
 */
export function sharedFractionDigits(values: readonly number[], max: number, percent = false): number {
  let digits = 0;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    const scaled = percent ? value * 100 : value;
    const fixed = Math.abs(scaled).toFixed(max);
    const fraction = fixed.split('.')[1]?.replace(/0+$/, '') ?? '';
    digits = Math.max(digits, fraction.length);
  }
  return digits;
}
