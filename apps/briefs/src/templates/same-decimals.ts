import { formatNumber, sharedFractionDigits, type IndicatorUnit, type Lang } from '@sco/core';

/** Most decimals a unit's figures show (core's formats: index 3, score 2, share 1 in percent). */
const MAX_DIGITS: Readonly<Record<IndicatorUnit, number>> = { count: 0, share: 1, index: 3, score: 2 };

/**
 * A table row's values with the same number of decimals ("0.800, 0.724, 0.500", never "0.80, 0.724, 0.50"):
 * the API's values, written as core's formatter writes them; a missing value stays the API's text.
 */
export function sameDecimals(
  cells: readonly { readonly value: number | null; readonly formatted: string }[],
  unit: IndicatorUnit,
  lang: Lang,
): string[] {
  const percent = unit === 'share';
  const known = cells.flatMap((cell) => (cell.value === null ? [] : [cell.value]));
  const digits = sharedFractionDigits(known, MAX_DIGITS[unit], percent);
  return cells.map((cell) =>
    cell.value === null
      ? cell.formatted
      : formatNumber(cell.value, lang, { percent, minFractionDigits: digits, maxFractionDigits: digits }),
  );
}
