import { countValue, formatBasisRange } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { rangeOfCounts } from './timeline.js';

describe('ranges of counts in the tallies table', () => {
  it('are written by core’s rule for counts, as every other range of the brief', () => {
    const counts = { verified: 31, verified_single: 41, all: 53 };
    expect(rangeOfCounts(counts, 'en')).toBe('31–53');
    expect(rangeOfCounts(counts, 'fr')).toBe('31\u00a0à 53');
    const value = (n: number) => countValue(n, n);
    const asCore = formatBasisRange(
      { verified: value(31), verified_single: value(41), all: value(53) },
      'count',
      'zh',
    );
    expect(rangeOfCounts(counts, 'zh')).toBe(asCore);
    expect(rangeOfCounts({ verified: 7, verified_single: 7, all: 7 }, 'zh')).toBe('7');
  });
});
