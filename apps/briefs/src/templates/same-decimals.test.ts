import { describe, expect, it } from 'vitest';
import { sameDecimals } from './same-decimals.js';

const cell = (value: number | null, formatted = '—') => ({ value, formatted });

describe('one row, one number of decimals', () => {
  it('writes every value of a row, and their range, with the decimals the most precise one needs', () => {
    expect(sameDecimals([cell(0.8), cell(0.724), cell(0.5)], 'index', 'en', '0.50–0.80')).toEqual([
      '0.800',
      '0.724',
      '0.500',
      '0.500–0.800',
    ]);
    expect(sameDecimals([cell(1.89), cell(1.7), cell(1.65)], 'score', 'fr', '1,65 à 1,89')).toEqual([
      '1,89',
      '1,70',
      '1,65',
      '1,65\u00a0à 1,89',
    ]);
    // The API writes 0.15 as "15%" in its range; the row writes 15.0% beside 34.9%.
    expect(sameDecimals([cell(0.15), cell(0.222), cell(0.349)], 'share', 'en', '15%–34.9%')).toEqual([
      '15.0%',
      '22.2%',
      '34.9%',
      '15.0%–34.9%',
    ]);
    expect(sameDecimals([cell(-0.6), cell(0)], 'index', 'en', '−0.60 to 0.00')).toEqual([
      '\u22120.60',
      '0.00',
      '\u22120.60 to 0.00',
    ]);
    expect(sameDecimals([cell(0.087), cell(0.071), cell(0.111)], 'share', 'zh', '7.1%～11.1%')[3]).toBe(
      '7.1%\uff5e11.1%',
    );
  });

  it('writes a row of whole values with its unit’s decimals, as the rows beside it (never "0%" above "14.3%")', () => {
    expect(sameDecimals([cell(0), cell(0), cell(0)], 'share', 'fr', '0\u00a0%')).toEqual([
      '0,0\u00a0%',
      '0,0\u00a0%',
      '0,0\u00a0%',
      '0,0\u00a0%',
    ]);
    expect(sameDecimals([cell(1), cell(1), cell(1)], 'index', 'en', '1.00')).toEqual([
      '1.00',
      '1.00',
      '1.00',
      '1.00',
    ]);
    expect(sameDecimals([cell(1), cell(1)], 'score', 'zh', '1.0')).toEqual(['1.0', '1.0', '1.0']);
    expect(sameDecimals([cell(3), cell(8)], 'count', 'en', '3–8')).toEqual(['3', '8', '3–8']);
  });

  it('keeps the text of a missing value, and of the range when no value is known; counts without decimals', () => {
    expect(sameDecimals([cell(null, 'n/a'), cell(3), cell(8)], 'count', 'zh', '3～8')).toEqual([
      'n/a',
      '3',
      '8',
      '3\uff5e8',
    ]);
    expect(sameDecimals([cell(null, 'n/a'), cell(null, 'n/a')], 'share', 'en', '—')).toEqual([
      'n/a',
      'n/a',
      '—',
    ]);
  });
});
