import { describe, expect, it } from 'vitest';
import { agreement, BRA, DEU, FRA, ISO, KEN } from '../test-support/fixtures.js';
import { expectValues, part, run } from '../test-support/results.js';
import { convergenceBalanceIndicator } from './convergence-balance.js';

// a verified       ISO partner                                   → anchored
// b verified       DEU, type mutual_recognition                  → recognition-only
// c verified       DEU, type mutual_recognition + international_basis present → anchored (not recognition-only)
// d single_source  KEN, one_way_adoption present                 → recognition-only
// e single_source  FRA, nothing coded                            → neither
// f unverified     BRA, mutual_recognition provision present     → recognition-only
const fixture = [
  agreement({ id: 'a', partners: [ISO] }),
  agreement({ id: 'b', type: 'mutual_recognition', partners: [DEU] }),
  agreement({
    id: 'c',
    type: 'mutual_recognition',
    partners: [DEU],
    provisions: { international_basis: 'present' },
  }),
  agreement({
    id: 'd',
    verification: 'single_source',
    partners: [KEN],
    provisions: { one_way_adoption: 'present' },
  }),
  agreement({ id: 'e', verification: 'single_source', partners: [FRA] }),
  agreement({
    id: 'f',
    verification: 'unverified',
    partners: [BRA],
    provisions: { mutual_recognition: 'present' },
  }),
];

describe('convergence_balance', () => {
  it('is (N_A − N_B) / (N_A + N_B)', () => {
    // verified:          anchored = {a, c} = 2; recognition-only = {b} = 1;       CB = (2-1)/(2+1) = 1/3
    // verified + single: anchored = 2;          recognition-only = {b, d} = 2;    CB = (2-2)/(2+2) = 0
    // all:               anchored = 2;          recognition-only = {b, d, f} = 3; CB = (2-3)/(2+3) = -1/5
    const result = run(convergenceBalanceIndicator, fixture);
    expectValues(result.total, { verified: 1 / 3, verified_single: 0, all: -1 / 5 });
    expect(result.total.values.all).toMatchObject({ numerator: -1, denominator: 5, n: 5 });
    expectValues(part(result.total, 'anchored'), { verified: 2, verified_single: 2, all: 2 });
    expectValues(part(result.total, 'recognition_only'), { verified: 1, verified_single: 2, all: 3 });
  });

  it('is null with a reason when no agreement is anchored or recognition-only', () => {
    // partner = FRA keeps e only: N_A + N_B = 0
    const result = run(convergenceBalanceIndicator, fixture, { filter: { partner: ['FRA'] } });
    expect(result.total.values.all).toMatchObject({ value: null, null_reason: 'empty_denominator', n: 0 });
  });
});
