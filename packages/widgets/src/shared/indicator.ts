import type { IndicatorCell, IndicatorValues } from '@sco/client';
import { formatNumber, formatRange, type Unit } from './format.js';
import { t, type Lang } from './i18n.js';

/** The verification levels every figure is computed at, narrowest first. */
export const LEVELS = ['verified', 'verified_single', 'all'] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_LABELS = {
  verified: 'levelVerified',
  verified_single: 'levelVerifiedSingle',
  all: 'levelAll',
} as const;

export type CellValues = IndicatorCell['values'];

/** The value of a cell at a level; null when the indicator has no value there (the reason is in the cell). */
export function valueAt(values: CellValues, level: Level): number | null {
  return values[level].value;
}

/** A cell's values as text: the range across levels, "not available" when there is none. */
export function rangeText(values: CellValues, unit: Unit, lang: Lang): string {
  const numbers = LEVELS.map((level) => valueAt(values, level)).filter((v): v is number => v !== null);
  if (numbers.length === 0) return t(lang, 'notAvailable');
  return formatRange(lang, Math.min(...numbers), Math.max(...numbers), unit);
}

export function levelText(values: CellValues, level: Level, unit: Unit, lang: Lang): string {
  const value = valueAt(values, level);
  return value === null
    ? (values[level].null_reason_label ?? t(lang, 'notAvailable'))
    : formatNumber(lang, value, unit);
}

/** Throws unless a value is an indicator response (inline data is checked before it is drawn). */
export function assertIndicatorValues(value: unknown): asserts value is IndicatorValues {
  const candidate = value as Partial<IndicatorValues> | null;
  if (!candidate?.release || !candidate.indicator || !candidate.total || !Array.isArray(candidate.groups)) {
    throw new TypeError('not an indicator response');
  }
}
