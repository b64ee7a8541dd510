import { formatDateStyle, formatInstant, type Lang } from '@sco/core';

/**
 * A partial date ("2017", "2017-05", "2017-05-14") in words, at its own precision: a year stays a year.
 * Null (undated) gives null. Core's one formatter, in its long style.
 */
export function formatPartialDate(date: string | null, lang: Lang): string | null {
  return formatDateStyle(date, lang, 'long');
}

/** An instant (e.g. a release's publication) as a day in words. */
export function formatDay(instant: Date | string, lang: Lang): string {
  return formatInstant(instant, lang, 'long');
}
