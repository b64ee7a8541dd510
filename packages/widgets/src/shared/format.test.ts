import {
  formatBasisRange,
  formatValue,
  INDICATOR_UNITS,
  presentValues,
  type ByBasis,
  type IndicatorValue,
} from '@sco/core';
import { formatDateStyle } from '@sco/core/format';
import { describe, expect, it } from 'vitest';
import { comparePartialDates, formatNumber, formatPartialDate, formatRange } from './format.js';

describe('formatPartialDate', () => {
  it('keeps a date at its precision: a year stays a year, a month a month, never a day invented', () => {
    expect(formatPartialDate('en', '2023')).toBe('2023');
    expect(formatPartialDate('en', '2016-09')).toBe('September 2016');
    expect(formatPartialDate('fr', '2016-09')).toBe('septembre 2016');
    expect(formatPartialDate('zh', '2023')).toBe('2023 年');
    expect(formatPartialDate('zh', '2016-09')).toBe('2016 年 9 月');
  });

  it('writes a day in the same long style as a month (core’s formatter), never a short month beside a long one', () => {
    expect(formatPartialDate('en', '2025-07-08')).toBe('8 July 2025');
    expect(formatPartialDate('fr', '2025-07-08')).toBe('8 juillet 2025');
    expect(formatPartialDate('zh', '2025-07-08')).toBe('2025 年 7 月 8 日');
    for (const lang of ['en', 'fr', 'zh'] as const) {
      for (const date of ['2016', '2016-09', '2025-07-08']) {
        expect(formatPartialDate(lang, date)).toBe(formatDateStyle(date, lang, 'long'));
      }
    }
  });

  it('says "undated" in each language for a missing date', () => {
    expect(formatPartialDate('en', null)).toBe('Undated');
    expect(formatPartialDate('fr', null)).toBe('Non daté');
    expect(formatPartialDate('zh', null)).toBe('未注明日期');
  });
});

describe('numbers', () => {
  it('formats counts, shares and indices in each language', () => {
    expect(formatNumber('en', 1234)).toBe('1,234');
    expect(formatNumber('fr', 1234)).toBe('1\u202f234');
    expect(formatNumber('fr', 0.389, 'share')).toBe('38,9\u00a0%');
    expect(formatNumber('zh', 0.389, 'share')).toBe('38.9%');
    expect(formatNumber('en', -0.6, 'index')).toBe('\u22120.60');
  });

  it('writes every unit as core writes it for the API, a share of 0 as "0.0%" as beside "14.3%"', () => {
    for (const lang of ['en', 'fr', 'zh'] as const)
      for (const unit of INDICATOR_UNITS)
        for (const value of [0, 0.5, 1, 0.143, -0.6, 1234.5])
          expect(formatNumber(lang, value, unit), `${lang} ${unit} ${value}`).toBe(
            formatValue(value, unit, lang),
          );
    expect(formatNumber('fr', 0, 'share')).toBe('0,0\u00a0%');
  });

  it('formats ranges, one number when both ends are equal', () => {
    expect(formatRange('en', 42, 93)).toBe('42–93');
    expect(formatRange('en', 3, 3)).toBe('3');
    expect(formatRange('en', 93, 42)).toBe('42–93');
    expect(formatRange('fr', 42, 93)).toBe('42\u00a0à 93');
    expect(formatRange('zh', 42, 93)).toBe('42～93');
  });

  it('writes a figure’s levels and its range in the decimals they share, as core’s presentValues does', () => {
    const levels = [0.81, 0.733, 0.514];
    const cell = { verified: levels[0], verified_single: levels[1], all: levels[2] };
    const values = Object.fromEntries(
      Object.entries(cell).map(([basis, value]) => [basis, { value, null_reason: null, n: 10 }]),
    ) as unknown as ByBasis<IndicatorValue>;
    const today = presentValues(values, 'index', 'fr');
    expect(levels.map((value) => formatNumber('fr', value, 'index', levels))).toEqual([
      today.verified.formatted,
      today.verified_single.formatted,
      today.all.formatted,
    ]);
    expect(formatNumber('fr', 0.81, 'index', levels)).toBe('0,810');
    expect(formatRange('fr', 0.514, 0.81, 'index', levels)).toBe(formatBasisRange(values, 'index', 'fr'));
    expect(formatRange('zh', 0.514, 0.81, 'index', levels)).toBe('0.514～0.810');
    // Alone, each end keeps only the decimals it needs within the unit's least and most.
    expect(formatRange('en', 0.5, 0.8, 'index')).toBe('0.50–0.80');
    expect(formatRange('en', 0.5, 0.8, 'index', [0.5, 0.724, 0.8])).toBe('0.500–0.800');
  });
});

describe('comparePartialDates', () => {
  it('orders by date text and puts undated last', () => {
    const dates = ['2016-09', null, '2016', '2025-07-08'];
    expect(dates.sort(comparePartialDates)).toEqual(['2016', '2016-09', '2025-07-08', null]);
  });
});
