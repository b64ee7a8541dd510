import { describe, expect, it } from 'vitest';
import { sameDecimals } from './same-decimals.js';

const cell = (value: number | null, formatted = '—') => ({ value, formatted });

describe('one row, one number of decimals', () => {
  it('writes every value of a row with the decimals the most precise one needs', () => {
    expect(sameDecimals([cell(0.8), cell(0.724), cell(0.5)], 'index', 'en')).toEqual([
      '0.800',
      '0.724',
      '0.500',
    ]);
    expect(sameDecimals([cell(1.89), cell(1.7), cell(1.65)], 'score', 'fr')).toEqual([
      '1,89',
      '1,70',
      '1,65',
    ]);
    expect(sameDecimals([cell(1 / 3), cell(0.5), cell(0.375)], 'share', 'en')).toEqual([
      '33.3%',
      '50.0%',
      '37.5%',
    ]);
    expect(sameDecimals([cell(-0.6), cell(0)], 'index', 'en')).toEqual(['\u22120.6', '0.0']);
  });

  it('keeps the text of a missing value and writes counts without decimals', () => {
    expect(sameDecimals([cell(null, 'n/a'), cell(3), cell(8)], 'count', 'zh')).toEqual(['n/a', '3', '8']);
  });
});
