import {
  formatNumber,
  formatNumberRange,
  sharedFractionDigits,
  type IndicatorUnit,
  type Lang,
} from '@sco/core';

/** Most decimals a unit's figures show (core's formats: index 3, score 2, share 1 in percent). */
const MAX_DIGITS: Readonly<Record<IndicatorUnit, number>> = { count: 0, share: 1, index: 3, score: 2 };

/**
 * Fewest decimals a unit's figures show in a table, whatever the row: core's least for an index ("1.00") and a
 * score ("1.0"), one for a share, so that a row of whole values reads as its neighbours ("0.0%" above "14.3%",
 * never "0%"), and as the card and the key findings write it.
 */
const MIN_DIGITS: Readonly<Record<IndicatorUnit, number>> = { count: 0, share: 1, index: 2, score: 1 };

/**
 * A table row's values with the same number of decimals ("0.800, 0.724, 0.500", never "0.80, 0.724, 0.50"),
 * followed by their range in those decimals too ("0.500–0.800", "15.0%–34.9%", never "15%–34.9%"): the
 * API's values, written as core's formatter writes them; a missing value stays the API's text, and a row
 * without any value keeps `range`, the API's text of it.
 */
export function sameDecimals(
  cells: readonly { readonly value: number | null; readonly formatted: string }[],
  unit: IndicatorUnit,
  lang: Lang,
  range: string,
): string[] {
  const percent = unit === 'share';
  const known = cells.flatMap((cell) => (cell.value === null ? [] : [cell.value]));
  const digits = Math.max(MIN_DIGITS[unit], sharedFractionDigits(known, MAX_DIGITS[unit], percent));
  const style = { percent, minFractionDigits: digits, maxFractionDigits: digits };
  return [
    ...cells.map((cell) => (cell.value === null ? cell.formatted : formatNumber(cell.value, lang, style))),
    known.length === 0 ? range : formatNumberRange(Math.min(...known), Math.max(...known), lang, style),
  ];
}
