import { precisionOf, type Lang } from '@sco/core';

const LOCALES: Readonly<Record<Lang, string>> = { en: 'en-GB', fr: 'fr-FR', zh: 'zh-CN' };

const OPTIONS = {
  year: { year: 'numeric', timeZone: 'UTC' },
  month: { year: 'numeric', month: 'long', timeZone: 'UTC' },
  day: { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' },
} as const satisfies Record<string, Intl.DateTimeFormatOptions>;

/** Formatters made once and kept: making one costs far more than formatting a date (briefs format hundreds). */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: Lang, precision: keyof typeof OPTIONS): Intl.DateTimeFormat {
  const key = `${lang} ${precision}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(LOCALES[lang], OPTIONS[precision]);
    formatters.set(key, found);
  }
  return found;
}

/**
 * A partial date ("2017", "2017-05", "2017-05-14") in words, at its own precision: a year stays a year.
 * Null (undated) gives null.
 */
export function formatPartialDate(date: string | null, lang: Lang): string | null {
  if (date === null) return null;
  const precision = precisionOf(date);
  if (precision === 'undated') return null;
  const [year = '1970', month = '01', day = '01'] = date.split('-');
  const instant = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return formatter(lang, precision).format(instant);
}

/** An instant (e.g. a release's publication) as a day in words. */
export function formatDay(instant: Date | string, lang: Lang): string {
  return formatter(lang, 'day').format(new Date(instant));
}
