import {
  formatDateStyle,
  formatInstant,
  formatNumber as formatCoreNumber,
  formatNumberRange,
  type NumberStyle,
} from '@sco/core/format';
import type { Lang } from './i18n.js';
import { t } from './i18n.js';

/** An aside in parentheses after a text: " (…)", in Chinese "（…）" (core's rule). */
export { parenthesisAfter } from '@sco/core/format';

/** Before a figure: ": ", a no-break space before the French colon, the Chinese full-width colon. */
export const COLON: Readonly<Record<Lang, string>> = { en: ': ', fr: '\u00a0: ', zh: '：' };

/** The units of the API's indicators. */
export type Unit = 'count' | 'share' | 'index' | 'score' | (string & {});

/**
 * The unit's style for core's one formatter, as core's UNIT_STYLES and sharedStyle write it for the API
 * (format.test holds them equal; written out here, it weighs less than core's in the bundle): the decimals that
 * `among` (a figure's levels) share, within the unit's least and most ("0.514 to 0.810", never "0.81"). An
 * unknown unit is a count.
 */
function unitStyle(unit: Unit, among: readonly number[]): NumberStyle {
  const [min, max] =
    unit === 'share' ? [1, 1] : unit === 'index' ? [2, 3] : unit === 'score' ? [1, 2] : [0, 0];
  const percent = unit === 'share';
  // The most decimals a value needs at the unit's most, read off core's own text of it (as sharedFractionDigits
  // counts them for the API).
  const digits = Math.max(
    min,
    ...among.map(
      (value) =>
        /\.(\d+)/.exec(formatCoreNumber(value, 'en', { percent, maxFractionDigits: max }))?.[1]?.length ?? 0,
    ),
  );
  return { percent, minFractionDigits: digits, maxFractionDigits: digits };
}

/**
 * A number in the language's way, with a true minus (core's formatter), in the decimals it shares with
 * `among` (the other levels of its figure) when given.
 */
export function formatNumber(
  lang: Lang,
  value: number,
  unit: Unit = 'count',
  among: readonly number[] = [value],
): string {
  return formatCoreNumber(value, lang, unitStyle(unit, among));
}

/**
 * en "42–93", fr "42 à 93", zh "42～93" (core's formatter), both ends in the decimals they share with `among`
 * (the figure's other levels); one number when both ends read the same.
 */
export function formatRange(
  lang: Lang,
  low: number,
  high: number,
  unit: Unit = 'count',
  among: readonly number[] = [low, high],
): string {
  return formatNumberRange(low, high, lang, unitStyle(unit, among));
}

/**
 * A partial date ("2016", "2016-09", "2016-09-14") at its own precision, in core's one long style ("September
 * 2016", "14 September 2016"): a year stays a year and a month a month — no day is ever invented — and a card or
 * a table never mixes two styles. `null` is "Undated".
 */
export function formatPartialDate(lang: Lang, value: string | null | undefined): string {
  return value ? (formatDateStyle(value, lang) ?? value) : t(lang, 'undated');
}

/** A date-time (the release's publication) as a day, in core's long style. */
export function formatDay(lang: Lang, iso: string | null): string {
  if (!iso) return '';
  return Number.isNaN(new Date(iso).getTime()) ? iso : formatInstant(iso, lang);
}

/** How a list is joined: between two items, between the first of three or more, before the last of them. */
const LISTS: Readonly<Record<Lang, readonly [string, string, string]>> = {
  en: [' and ', ', ', ', and '],
  fr: [' et ', ', ', ' et '],
  zh: ['和', '、', '和'],
};

/**
 * A list as Intl.ListFormat joins it (a conjunction): "A, B, and C", "A, B et C", "A、B和C"; without it, as the
 * numbers and dates are written (decision 34): the first Intl object of a page loads the locale's data.
 */
export function formatList(lang: Lang, items: readonly string[]): string {
  const [two, comma, last] = LISTS[lang];
  return items.length < 3
    ? items.join(two)
    : `${items.slice(0, -1).join(comma)}${last}${items[items.length - 1] ?? ''}`;
}

/** Sorts partial dates: by their text (ISO order), undated last. */
export function comparePartialDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
