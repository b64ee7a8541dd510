import { formatDateStyle, formatInstant } from '../i18n/format-date-style.js';
import { formatNumber, MINUS, type NumberStyle } from '../i18n/format-number.js';
import { LANGS, type Lang } from '../i18n/lang.js';

/** The styles the widgets, pages and briefs write numbers in: counts, shares, indices, scores, changes. */
const STYLES: readonly NumberStyle[] = [
  {},
  { percent: true, maxFractionDigits: 1 },
  { percent: true },
  { minFractionDigits: 2, maxFractionDigits: 3 },
  { minFractionDigits: 1, maxFractionDigits: 2 },
  { minFractionDigits: 2, maxFractionDigits: 2 },
  { maxFractionDigits: 1 },
  { signed: true },
  { signed: true, maxFractionDigits: 1 },
  { percent: true, signed: true, maxFractionDigits: 1 },
];

/** Values a chart shows, and those where rounding is hard: halves, binary fractions just under a half, −0. */
function values(): number[] {
  const list = [
    0,
    -0,
    0.5,
    1.5,
    2.5,
    -0.5,
    0.005,
    0.015,
    0.125,
    0.145,
    0.0005,
    0.9995,
    999.5,
    999.95,
    1e20,
    1e21,
    -2.5e25,
    1.5e300,
    5e-7,
    1e-300,
    NaN,
    Infinity,
    -Infinity,
  ];
  for (let n = 0; n <= 2000; n++) list.push(n, -n, n / 7, n / 1000, n / 8, n / 100 + 0.005);
  for (let n = 1; n < 1e16; n *= 7) list.push(n, n + 0.5, -n / 3);
  // A fixed sequence (a linear congruential generator), so that a failure repeats.
  let seed = 12345;
  for (let i = 0; i < 3000; i++) {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    list.push((seed / 2 ** 31) * 10 ** ((i % 9) - 3) * (i % 3 === 0 ? -1 : 1));
  }
  return list;
}

const NUMBER_LOCALES: Readonly<Record<Lang, string>> = { en: 'en', fr: 'fr', zh: 'zh-CN' };
const DATE_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', fr: 'fr-FR', zh: 'zh-CN' };

/** The Intl formats made, by language and style. */
const made = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

/** What Intl itself writes for a number in a style (the formatter's definition before it wrote without Intl). */
function intlNumber(value: number, lang: Lang, style: NumberStyle): string {
  const key = `${lang} ${JSON.stringify(style)}`;
  let format = made.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    const max = style.maxFractionDigits ?? (style.percent === true ? 1 : 0);
    format = new Intl.NumberFormat(NUMBER_LOCALES[lang], {
      style: style.percent === true ? 'percent' : 'decimal',
      minimumFractionDigits: Math.min(style.minFractionDigits ?? 0, max),
      maximumFractionDigits: max,
      signDisplay: style.signed === true ? 'exceptZero' : 'negative',
    });
    made.set(key, format);
  }
  return format.format(value).replace(/-/g, MINUS);
}

/** What Intl itself writes for a day, a month or a year (spaced in Chinese, as the formatter does). */
function intlDate(date: Date, lang: Lang, precision: 'year' | 'month' | 'day'): string {
  const key = `${lang} ${precision}`;
  let format = made.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[lang], {
      year: 'numeric',
      ...(precision === 'year' ? {} : { month: 'long' }),
      ...(precision === 'day' ? { day: 'numeric' } : {}),
      timeZone: 'UTC',
    });
    made.set(key, format);
  }
  const text = format.format(date);
  return lang === 'zh' ? text.replace(/\d+/g, ' $& ').trim() : text;
}

/**
 * Where core's formatter, which writes numbers and dates without Intl, writes other text than the runtime's Intl:
 * every style of number over thousands of values, every day from 1990 to 2030, every month and year from 1900
 * to 2040, and years far from them (before year 1, after 9999), in each language. Empty when they agree; a test
 * runs it in Node and in the browser.
 */
export function intlDifferences(): string[] {
  const found: string[] = [];
  const numbers = values();
  for (const lang of LANGS) {
    for (const style of STYLES) {
      for (const value of numbers) {
        const ours = formatNumber(value, lang, style);
        const theirs = intlNumber(value, lang, style);
        if (ours !== theirs) found.push(`${lang} ${JSON.stringify(style)} ${value}: ${ours} ≠ ${theirs}`);
      }
    }
    for (let time = Date.UTC(1900, 0, 1); time < Date.UTC(2041, 0, 1); time += 86_400_000) {
      const date = new Date(time);
      const iso = date.toISOString().slice(0, 10);
      for (const [precision, partial] of [
        ['day', iso],
        ['month', iso.slice(0, 7)],
        ['year', iso.slice(0, 4)],
      ] as const) {
        // Every day of 1990–2030 (the agreements' years), the first of each month and year from 1900 to 2040.
        const year = date.getUTCFullYear();
        if (precision === 'day' && (year < 1990 || year > 2030)) continue;
        if (precision !== 'day' && date.getUTCDate() !== 1) continue;
        if (precision === 'year' && date.getUTCMonth() !== 0) continue;
        const ours = formatDateStyle(partial, lang);
        const theirs = intlDate(date, lang, precision);
        if (ours !== theirs) found.push(`${lang} ${partial}: ${ours} ≠ ${theirs}`);
      }
      if (date.getUTCDate() !== 1 && (date.getUTCFullYear() < 1990 || date.getUTCFullYear() > 2030)) continue;
      const instant = formatInstant(`${iso}T12:00:00Z`, lang);
      if (instant !== intlDate(date, lang, 'day')) found.push(`${lang} ${iso}T12:00:00Z: ${instant}`);
    }
    for (const year of [-271820, -5, 0, 1, 50, 999, 10000, 275759]) {
      const date = new Date(Date.UTC(2000, 11, 31));
      date.setUTCFullYear(year);
      const [ours, theirs] = [formatInstant(date, lang), intlDate(date, lang, 'day')];
      if (ours !== theirs) found.push(`${lang} year ${year}: ${ours} ≠ ${theirs}`);
    }
  }
  return found;
}
