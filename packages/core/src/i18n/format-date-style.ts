import type { Lang } from './lang.js';

/**
 * The styles a date is written in: "long" in running text ("14 May 2017", "14 mai 2017", "2017 年 5 月 14 日"),
 * "numeric" in tables ("2017-05-14", every language alike). A table uses one style for all its dates.
 */
export const DATE_STYLES = ['long', 'numeric'] as const;
export type DateStyle = (typeof DATE_STYLES)[number];

const DATE_LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', fr: 'fr-FR', zh: 'zh-CN' };

const OPTIONS = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Kept free of the model's imports so that the widgets can bundle it: the partial-date form, once more. */
const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, precision: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${lang} ${precision}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(DATE_LOCALES[lang], OPTIONS[precision]);
    formatters.set(key, found);
  }
  return found;
}

/**
 * A date in words; in Chinese spaced by the one rule between Han and digits (`spaceCjk`): "2017 年 5 月 14 日".
 * A Chinese date is digits between Han characters only, so spacing its numbers is the rule, in a few bytes for the
 * widgets' budget.
 */
function written(lang: Lang, precision: keyof typeof OPTIONS, date: Date): string {
  const text = formatter(lang, precision).format(date);
  return lang === 'zh' ? text.replace(/\d+/g, ' $& ').trim() : text;
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
