import { describe, expect, it } from 'vitest';
import { agreement } from '../test-support/fixtures.js';
import { expectValues, part, run } from '../test-support/results.js';
import { briShareIndicator } from './bri-share.js';

// a verified explicit; b verified none; c single_source contextual; d unverified unknown; e unverified explicit
const fixture = [
  agreement({ id: 'a', bri: 'explicit' }),
  agreement({ id: 'b', bri: 'none' }),
  agreement({ id: 'c', bri: 'contextual', verification: 'single_source' }),
  agreement({ id: 'd', bri: 'unknown', verification: 'unverified' }),
  agreement({ id: 'e', bri: 'explicit', verification: 'unverified' }),
];

describe('bri_share', () => {
  it('divides explicit or contextual framing by agreements with known framing', () => {
    // verified: {a} / {a, b} = 1/2
    // verified + single: {a, c} / {a, b, c} = 2/3
    // all: {a, c, e} / {a, b, c, e} = 3/4 (d, unknown, is left out of the denominator and reported apart)
    const result = run(briShareIndicator, fixture);
    expectValues(result.total, { verified: 1 / 2, verified_single: 2 / 3, all: 3 / 4 });
    expect(result.total.values.all).toMatchObject({ numerator: 3, denominator: 4, n: 4 });
    expectValues(part(result.total, 'unknown_framing'), { verified: 0, verified_single: 0, all: 1 });
  });

  it('is null with a reason, never 0, when no framing is known', () => {
    // bri = unknown keeps d only: known = {} → 0/0 → null
    const result = run(briShareIndicator, fixture, { filter: { bri: ['unknown'] } });
    expect(result.total.values.all).toMatchObject({ value: null, null_reason: 'empty_denominator', n: 0 });
  });
});
