import { formatNumberRange } from '../i18n/format-number-range.js';
import type { Lang } from '../i18n/lang.js';
import { VERIFICATION_BASES } from '../vocabulary/verification.js';
import type { ByBasis } from './by-basis.js';
import { EM_DASH } from './format-value.js';
import type { IndicatorUnit } from './indicator-unit.js';
import type { IndicatorValue } from './indicator-value.js';
import { sharedStyle } from './unit-styles.js';

/**
 * The range of a figure across the three verification bases as text in the language's way (en "41–58", fr
 * "41 à 58", zh "41～58"), or one figure when the bases agree once formatted. Both ends take the decimals the
 * three values share, as the values beside it do (presentValues): "0.500–0.800" around 0.724, "0.0%", never
 * "0%" where a table prints "0.0%". Bases where the value is null are left out; when all are null, an em dash.
 */
export function formatBasisRange(values: ByBasis<IndicatorValue>, unit: IndicatorUnit, lang: Lang): string {
  const numbers = VERIFICATION_BASES.flatMap((basis) => {
    const value = values[basis].value;
    return value === null ? [] : [value];
  });
  if (numbers.length === 0) return EM_DASH;
  return formatNumberRange(Math.min(...numbers), Math.max(...numbers), lang, sharedStyle(numbers, unit));
}
