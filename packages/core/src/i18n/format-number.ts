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

/**
 * What Intl writes in each language: the group separator, the decimal separator and the percent sign with what
 * comes before it (a no-break space in French).
 */
const SYMBOLS: Readonly<Record<Lang, readonly [group: string, decimal: string, percent: string]>> = {
  en: [',', '.', '%'],
  fr: ['\u202f', ',', '\u00a0%'],
  zh: [',', '.', '%'],
};

/**
 * A number in a language's way — "1,234.5", "1 234,5", "25 %" — with a true minus sign (U+2212) and no
 * "−0" for a value that rounds to zero. Counts show no decimals unless the style asks for them.
 *
 * Written as Intl.NumberFormat writes it (`intlDifferences` in core's testing compares the two in Node and in the
 * browser), but without it: the first Intl format a page makes loads the locale's data, 10–30 ms of a widget's
 * first render (decision 34). Intl starts from the shortest decimal that reads back as the value (`String` gives
 * the same digits), moves its point two places for a percentage, and rounds that decimal half away from zero;
 * so does this, on the digits.
 */
export function formatNumber(value: number, lang: Lang, style: NumberStyle = {}): string {
  const [group, decimal, percentSign] = SYMBOLS[lang];
  const percent = style.percent === true;
  const max = style.maxFractionDigits ?? (percent ? 1 : 0);
  const min = Math.min(style.minFractionDigits ?? 0, max);
  let whole = Number.isNaN(value) ? 'NaN' : '\u221e';
  let fraction = '';
  if (Number.isFinite(value)) {
    const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
    const digits = mantissa.replace('.', '');
    // How many of the digits are kept: those before the point, and `max` after it.
    const kept =
      (mantissa.indexOf('.') + 1 || mantissa.length + 1) - 1 + Number(exponent) + (percent ? 2 : 0) + max;
    let rounded = kept > 0 ? digits.slice(0, kept).padEnd(kept, '0') : '0';
    if (kept >= 0 && (digits[kept] ?? '0') >= '5') rounded = String(BigInt(rounded) + BigInt(1));
    rounded = rounded.padStart(max + 1, '0');
    whole = rounded.slice(0, rounded.length - max).replace(/^0+(?=\d)/, '');
    fraction = rounded.slice(rounded.length - max);
    fraction = fraction.slice(0, min) + fraction.slice(min).replace(/0+$/, '');
  }
  // No sign on what reads as zero, nor on NaN.
  const sign = !/[1-9\u221e]/.test(whole + fraction)
    ? ''
    : value < 0
      ? MINUS
      : style.signed === true
        ? '+'
        : '';
  return `${sign}${whole.replace(/\B(?=(\d{3})+$)/g, group)}${fraction ? decimal + fraction : ''}${percent ? percentSign : ''}`;
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
