import { ENGLISH_MONTHS } from './english-months.js';
import type { Lang } from './lang.js';

/**
 * The styles a date is written in: "long" in running text ("14 May 2017", "14 mai 2017", "2017 年 5 月 14 日"),
 * "numeric" in tables ("2017-05-14", every language alike). A table uses one style for all its dates.
 */
export const DATE_STYLES = ['long', 'numeric'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

/** Kept free of the model's imports so that the widgets can bundle it: the partial-date form, once more. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The months' names in French, January first (English's are `ENGLISH_MONTHS`). */
const FRENCH_MONTHS =
  'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');

/**
 * A date in words, as Intl.DateTimeFormat writes it in the language (en-GB, fr-FR, zh-CN, in UTC) but without
 * it (decision 34; `intlDifferences` in core's testing compares the two); in Chinese spaced by the one rule
 * between Han and digits (`spaceCjk`): "2017 年 5 月 14 日". A year before 1 is written as Intl writes it: 1 − year,
 * without an era.
 */
function written(lang: Lang, precision: 'year' | 'month' | 'day', date: Date): string {
  const year = date.getUTCFullYear();
  if (Number.isNaN(year)) throw new RangeError('Invalid time value');
  const shown = year < 1 ? 1 - year : year;
  const month = date.getUTCMonth();
  const day = precision === 'day' ? date.getUTCDate() : 0;
  if (lang === 'zh')
    return `${shown} 年${precision === 'year' ? '' : ` ${month + 1} 月`}${day ? ` ${day} 日` : ''}`;
  const name = precision === 'year' ? '' : `${(lang === 'fr' ? FRENCH_MONTHS : ENGLISH_MONTHS)[month]} `;
  return `${day ? `${day} ` : ''}${name}${shown}`;
}

/**
 * A partial date ("2017", "2017-05", "2017-05-14") at its own precision — a year stays a year, no day is
 * invented — in a style. Null or undated gives null.
 */
export function formatDateStyle(date: string | null, lang: Lang, style: DateStyle = 'long'): string | null {
  const match = date === null ? null : PARTIAL_DATE.exec(date);
  if (date === null || match === null) return null;
  if (style === 'numeric') return date;
  const [, year = '1970', month, day] = match;
  const precision = day !== undefined ? 'day' : month !== undefined ? 'month' : 'year';
  return written(
    lang,
    precision,
    new Date(Date.UTC(Number(year), Number(month ?? '01') - 1, Number(day ?? '01'))),
  );
}

/** An instant (a release's publication, a brief's creation) as a day, in a style. */
export function formatInstant(instant: Date | string, lang: Lang, style: DateStyle = 'long'): string {
  const date = new Date(instant);
  if (style === 'numeric') return date.toISOString().slice(0, 10);
  return written(lang, 'day', date);
}
