import { z } from 'zod';

/**
 * A date known to the day, the month or only the year: "2017-05-14", "2017-05" or "2017". A year is never
 * turned into 1 January: the precision travels with the value.
 */
export const PARTIAL_DATE_PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export const DATE_PRECISIONS = ['day', 'month', 'year', 'undated'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export interface PartialDateParts {
  readonly year: number;
  readonly month: number | null;
  readonly day: number | null;
}

export const MIN_YEAR = 1949;
export const MAX_YEAR = 2100;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parts of a partial date, or null when the text is not a real partial date. */
export function parsePartialDate(value: string): PartialDateParts | null {
  const match = PARTIAL_DATE_PATTERN.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  const day = match[3] === undefined ? null : Number(match[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && month !== null && (day < 1 || day > daysInMonth(year, month))) return null;
  return { year, month, day };
}

export function precisionOf(value: string | null): DatePrecision {
  if (value === null) return 'undated';
  const parts = parsePartialDate(value);
  if (!parts) throw new InvalidPartialDateError(value);
  if (parts.day !== null) return 'day';
  if (parts.month !== null) return 'month';
  return 'year';
}

export function yearOf(value: string | null): number | null {
  if (value === null) return null;
  const parts = parsePartialDate(value);
  if (!parts) throw new InvalidPartialDateError(value);
  return parts.year;
}

/**
 * Orders partial dates chronologically; a coarser date sorts before finer dates inside it ("2017" before
 * "2017-05"), and undated (null) sorts last. The textual form is already ordered that way.
 */
export function comparePartialDates(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

/**
 * The periods already worked out, by partial date: an indicator places every agreement against a tally's date,
 * per basis and per group, and the same few thousand dates recur. Bounded: past the bound it starts again.
 */
const periods = new Map<string, readonly [string, string]>();
const PERIODS_KEPT = 100_000;

/**
 * First and last day of a partial date's period as full dates: "2023" → ["2023-01-01", "2023-12-31"],
 * "2024-02" → ["2024-02-01", "2024-02-29"], a day → itself twice.
 */
export function partialDatePeriod(value: string): readonly [string, string] {
  const known = periods.get(value);
  if (known) return known;
  const parts = parsePartialDate(value);
  if (!parts) throw new InvalidPartialDateError(value);
  let period: readonly [string, string];
  if (parts.day !== null) period = Object.freeze([value, value] as const);
  else if (parts.month !== null) {
    const last = String(daysInMonth(parts.year, parts.month)).padStart(2, '0');
    period = Object.freeze([`${value}-01`, `${value}-${last}`] as const);
  } else period = Object.freeze([`${value}-01-01`, `${value}-12-31`] as const);
  if (periods.size >= PERIODS_KEPT) periods.clear();
  periods.set(value, period);
  return period;
}

/** Whether a partial date can have happened on or before a full date (YYYY-MM-DD). */
export function isOnOrBefore(value: string, fullDate: string): boolean {
  return value <= fullDate.slice(0, value.length);
}

export class InvalidPartialDateError extends Error {
  override readonly name = 'InvalidPartialDateError';
  constructor(readonly value: string) {
    super(`"${value}" is not a partial date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  }
}

export function partialDate(description: string) {
  return z
    .string()
    .refine((value) => parsePartialDate(value) !== null, {
      error: `expected a real date as YYYY, YYYY-MM or YYYY-MM-DD between ${MIN_YEAR} and ${MAX_YEAR}`,
    })
    .meta({ description, format: 'partial-date' });
}
