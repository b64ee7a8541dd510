import { describe, expect, it } from 'vitest';
import {
  comparePartialDates,
  isOnOrBefore,
  parsePartialDate,
  partialDatePeriod,
  precisionOf,
  yearOf,
} from './partial-date.js';

describe('partial dates', () => {
  it('keep the precision the source gives', () => {
    expect(precisionOf('2017-05-14')).toBe('day');
    expect(precisionOf('2017-05')).toBe('month');
    expect(precisionOf('2017')).toBe('year');
    expect(precisionOf(null)).toBe('undated');
    expect(parsePartialDate('2017')).toEqual({ year: 2017, month: null, day: null });
  });

  it('span a period from its first to its last day', () => {
    expect(partialDatePeriod('2023')).toEqual(['2023-01-01', '2023-12-31']);
    expect(partialDatePeriod('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(partialDatePeriod('2023-02')).toEqual(['2023-02-01', '2023-02-28']);
    expect(partialDatePeriod('2023-06')).toEqual(['2023-06-01', '2023-06-30']);
    expect(partialDatePeriod('2025-10-14')).toEqual(['2025-10-14', '2025-10-14']);
    expect(() => partialDatePeriod('2023-13')).toThrow('"2023-13" is not a partial date');
  });

  it('work a period out once per date, and never keep one that is not a date', () => {
    const period = partialDatePeriod('2019-02');
    expect(partialDatePeriod('2019-02')).toBe(period);
    expect(Object.isFrozen(period)).toBe(true);
    expect(period).toEqual(['2019-02-01', '2019-02-28']);
    expect(() => partialDatePeriod('2019-02-30')).toThrow('"2019-02-30" is not a partial date');
    expect(() => partialDatePeriod('2019-02-30')).toThrow('"2019-02-30" is not a partial date');
  });

  it('never become 1 January', () => {
    expect(parsePartialDate('2017')?.month).toBeNull();
    expect(yearOf('2017')).toBe(2017);
  });

  it('reject dates that do not exist', () => {
    for (const bad of [
      '2017-13',
      '2017-02-30',
      '2023-02-29',
      '17',
      '2017-5',
      '2017/05/01',
      '1800',
      '2017-00',
      '',
    ])
      expect(parsePartialDate(bad), bad).toBeNull();
    expect(parsePartialDate('2024-02-29')).not.toBeNull();
    expect(() => precisionOf('2017-13')).toThrow(/not a partial date/);
  });

  it('sort coarser dates before finer ones inside them, undated last', () => {
    const sorted = ['2017-05-14', null, '2016', '2017', '2017-05'].sort(comparePartialDates);
    expect(sorted).toEqual(['2016', '2017', '2017-05', '2017-05-14', null]);
  });

  it('compare with a full date at their own precision', () => {
    expect(isOnOrBefore('2023', '2023-12-31')).toBe(true);
    expect(isOnOrBefore('2023-12', '2023-12-31')).toBe(true);
    expect(isOnOrBefore('2024-01', '2023-12-31')).toBe(false);
    expect(isOnOrBefore('2023', '2023-06-30')).toBe(true);
  });
});
