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

/** What has a figure's range: a total, a group or a partner's indicator. */
export type RangedCell = Pick<IndicatorCell, 'values' | 'range'>;

/**
 * How a widget writes figures: in its language, with the texts the API gives (`formatted`, `range`: core's
 * formats, the same as in every other view of the data) when the data is in that language too. The widget's
 * own formatting is a fallback, for data without these texts or in another language.
 */
export interface FigureStyle {
  readonly unit: Unit;
  readonly lang: Lang;
  /** The language of the data (its `lang`). */
  readonly dataLang: string | undefined;
}

/** The value of a cell at a level; null when the indicator has no value there (the reason is in the cell). */
export function valueAt(values: CellValues, level: Level): number | null {
  return values[level].value;
}

/** A text of the data when it is in the widget's language, else undefined. */
function ownText(text: string | undefined, style: FigureStyle): string | undefined {
  return style.dataLang === style.lang && text ? text : undefined;
}

/** A cell's values at the levels where it has one. */
const numbersOf = (values: CellValues): number[] =>
  LEVELS.map((level) => valueAt(values, level)).filter((v): v is number => v !== null);

/** A cell's values as text: the range across levels, "not available" when there is none. */
export function rangeText(cell: RangedCell, style: FigureStyle): string {
  const numbers = numbersOf(cell.values);
  if (numbers.length === 0) return t(style.lang, 'notAvailable');
  return (
    ownText(cell.range, style) ??
    formatRange(style.lang, Math.min(...numbers), Math.max(...numbers), style.unit, numbers)
  );
}

/** A cell's value at a level as text; why there is none when it is null. */
export function levelText(values: CellValues, level: Level, style: FigureStyle): string {
  const { value, formatted, null_reason_label: reason } = values[level];
  if (value === null) return reason ?? t(style.lang, 'notAvailable');
  return ownText(formatted, style) ?? formatNumber(style.lang, value, style.unit, numbersOf(values));
}

/** Throws unless a value is an indicator response (inline data is checked before it is drawn). */
export function assertIndicatorValues(value: unknown): asserts value is IndicatorValues {
  const candidate = value as Partial<IndicatorValues> | null;
  if (!candidate?.release || !candidate.indicator || !candidate.total || !Array.isArray(candidate.groups)) {
    throw new TypeError('not an indicator response');
  }
}
