import { describe, expect, it } from 'vitest';
import type { ByBasis } from './by-basis.js';
import { formatBasisRange } from './format-range.js';
import { countValue, nullValue, ratioValue, type IndicatorValue } from './indicator-value.js';

function counts(verified: number, verifiedSingle: number, all: number): ByBasis<IndicatorValue> {
  return {
    verified: countValue(verified, verified),
    verified_single: countValue(verifiedSingle, verifiedSingle),
    all: countValue(all, all),
  };
}

describe('formatBasisRange', () => {
  it('gives the range across verification bases', () => {
    expect(formatBasisRange(counts(41, 50, 58), 'count', 'en')).toBe('41–58');
  });

  it('gives one figure when the bases agree', () => {
    expect(formatBasisRange(counts(12, 12, 12), 'count', 'fr')).toBe('12');
    // 0.4166… and 0.4167… both read 41.7%
    const shares = {
      verified: ratioValue(5, 12, 12),
      verified_single: ratioValue(4167, 10000, 1),
      all: ratioValue(5, 12, 12),
    };
    expect(formatBasisRange(shares, 'share', 'en')).toBe('41.7%');
  });

  it('writes both ends with the same decimals, as many as the more precise one needs', () => {
    // 1/3 is 33.3% and 1/2 is 50%: "33.3%–50.0%", never "33.3%–50%".
    const shares = {
      verified: ratioValue(1, 3, 3),
      verified_single: ratioValue(2, 5, 5),
      all: ratioValue(1, 2, 2),
    };
    expect(formatBasisRange(shares, 'share', 'en')).toBe('33.3%–50.0%');
    expect(formatBasisRange(shares, 'share', 'fr')).toBe('33,3\u00a0%\u00a0à 50,0\u00a0%');
    // An index keeps its two decimals at least: 0.5 and 0.8 read "0.50–0.80"; 0.724 makes both ends three.
    const balance = (a: number, b: number) => ({
      verified: ratioValue(a, 1000, 1),
      verified_single: ratioValue(a, 1000, 1),
      all: ratioValue(b, 1000, 1),
    });
    expect(formatBasisRange(balance(800, 500), 'index', 'en')).toBe('0.50–0.80');
    expect(formatBasisRange(balance(724, 500), 'index', 'zh')).toBe('0.500\uff5e0.724');
    // The value between the ends counts too: it is written beside the range in three decimals.
    const between = {
      verified: ratioValue(500, 1000, 1),
      verified_single: ratioValue(724, 1000, 1),
      all: ratioValue(800, 1000, 1),
    };
    expect(formatBasisRange(between, 'index', 'en')).toBe('0.500–0.800');
  });

  it('leaves null bases out, and is an em dash when all are null', () => {
    const some = {
      verified: nullValue('empty_denominator', 0),
      verified_single: ratioValue(1, 4, 4),
      all: ratioValue(1, 2, 2),
    };
    expect(formatBasisRange(some, 'share', 'fr')).toBe('25,0\u00a0%\u00a0à 50,0\u00a0%');
    const none = nullValue('no_tally', 0);
    expect(formatBasisRange({ verified: none, verified_single: none, all: none }, 'share', 'en')).toBe('—');
  });
});
