import { formatNumber } from '../i18n/format-number.js';
import type { Lang } from '../i18n/lang.js';
import type { IndicatorUnit } from './indicator-unit.js';
import { UNIT_STYLES } from './unit-styles.js';

/** What a missing value looks like. */
export const EM_DASH = '—';

const LOCALES: Readonly<Record<Lang, string>> = { en: 'en', fr: 'fr', zh: 'zh-CN' };

const OPTIONS: Readonly<Record<IndicatorUnit, Intl.NumberFormatOptions>> = {
  count: { maximumFractionDigits: 0 },
  share: { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 },
  index: { minimumFractionDigits: 2, maximumFractionDigits: 3 },
  score: { minimumFractionDigits: 1, maximumFractionDigits: 2 },
};

const formats = new Map<string, Intl.NumberFormat>();

/** The Intl number format of a unit in a language (for callers that need Intl's parts; text goes through formatValue). */
export function numberFormat(unit: IndicatorUnit, lang: Lang): Intl.NumberFormat {
  const key = `${unit}:${lang}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[lang], OPTIONS[unit]);
    formats.set(key, format);
  }
  return format;
}

/** A value as text in a language, with a true minus; null is an em dash. */
export function formatValue(value: number | null, unit: IndicatorUnit, lang: Lang): string {
  return value === null ? EM_DASH : formatNumber(value, lang, UNIT_STYLES[unit]);
}
