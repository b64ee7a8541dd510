import { sharedFractionDigits, type NumberStyle } from '../i18n/format-number.js';
import type { IndicatorUnit } from './indicator-unit.js';

/**
 * The unit's style for the one formatter (i18n/format): counts as integers, shares as percentages to one
 * decimal ("0.0%", "14.3%", "50.0%": a column of shares never mixes "0%" and "14.3%"), indexes to 2–3
 * decimals, scores to 1–2.
 */
export const UNIT_STYLES: Readonly<Record<IndicatorUnit, NumberStyle>> = {
  count: { maxFractionDigits: 0 },
  share: { percent: true, minFractionDigits: 1, maxFractionDigits: 1 },
  index: { minFractionDigits: 2, maxFractionDigits: 3 },
  score: { minFractionDigits: 1, maxFractionDigits: 2 },
};

/**
 * The unit's style with the decimals a set of values shares: those the most precise of them needs, within the
 * unit's least and most ("0.500, 0.724, 0.800", never "0.50, 0.724, 0.80"). A figure's three verification bases
 * and their range are written in it, wherever they are printed: a card, a table row, a sentence.
 */
export function sharedStyle(values: readonly number[], unit: IndicatorUnit): NumberStyle {
  const style = UNIT_STYLES[unit];
  const digits = Math.max(
    style.minFractionDigits ?? 0,
    sharedFractionDigits(values, style.maxFractionDigits ?? 0, style.percent),
  );
  return { ...style, minFractionDigits: digits, maxFractionDigits: digits };
}
