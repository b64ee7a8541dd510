import { formatNumber as formatCoreNumber, formatNumberRange, type NumberStyle } from '@sco/core/format';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `n${lang}${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
    cache.set(key, format);
  }
  return format;
}

function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d${lang}${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

/** The units of the API's indicators. */
export type Unit = 'count' | 'share' | 'index' | 'score' | (string & {});

/** The API's formats of its units (core's): used only where the data gives no text of its own. */
function unitOptions(unit: Unit): Intl.NumberFormatOptions {
  if (unit === 'share') return { style: 'percent', maximumFractionDigits: 1 };
  if (unit === 'index') return { minimumFractionDigits: 2, maximumFractionDigits: 3 };
  if (unit === 'score') return { minimumFractionDigits: 1, maximumFractionDigits: 2 };
  return { maximumFractionDigits: 0 };
}

/**
 * Makes the language's formats of counts and of days ahead of use. The first Intl format a page makes loads
 * the locale's data (some 10 ms on a 2 GHz core); a widget calls this once its request is on its way, so that
 * the cost falls in the wait for the network instead of after it.
 */
export function prepareFormats(lang: Lang): void {
  numberFormat(lang, unitOptions('count'));
  dateFormat(lang, { dateStyle: 'long' });
}

/** The unit's style for core's one formatter (the same as the API's). */
function unitStyle(unit: Unit): NumberStyle {
  if (unit === 'share') return { percent: true, maxFractionDigits: 1 };
  if (unit === 'index') return { minFractionDigits: 2, maxFractionDigits: 3 };
  if (unit === 'score') return { minFractionDigits: 1, maxFractionDigits: 2 };
  return { maxFractionDigits: 0 };
}

/** A number in the language's way, with a true minus (core's formatter). */
export function formatNumber(lang: Lang, value: number, unit: Unit = 'count'): string {
  return formatCoreNumber(value, lang, unitStyle(unit));
}

/** en "42–93", fr "42 à 93", zh "42～93" (core's formatter); one number when both ends read the same. */
export function formatRange(lang: Lang, low: number, high: number, unit: Unit = 'count'): string {
  return formatNumberRange(low, high, lang, unitStyle(unit));
}

/**
 * A partial date ("2016", "2016-09", "2016-09-14") at its own precision: a year stays a year and a month
 * a month — no day is ever invented. `null` is "Undated".
 */
export function formatPartialDate(lang: Lang, value: string | null | undefined): string {
  if (!value) return t(lang, 'undated');
  const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!match) return value;
  const [, year, month, day] = match;
  const date = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  if (day) return dateFormat(lang, { dateStyle: 'medium' }).format(date);
  if (month) return dateFormat(lang, { year: 'numeric', month: 'long' }).format(date);
  return dateFormat(lang, { year: 'numeric' }).format(date);
}

/** A date-time (the release's publication) as a day. */
export function formatDay(lang: Lang, iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateFormat(lang, { dateStyle: 'long' }).format(date);
}

/** Sorts partial dates: by their text (ISO order), undated last. */
export function comparePartialDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
