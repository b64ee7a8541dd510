import { describe, expect, it } from 'vitest';
import { agreement } from '../test-support/fixtures.js';
import { expectValues, run } from '../test-support/results.js';
import { renewalShareIndicator } from './renewal-share.js';

// a verified       2006  the original
// b verified       2012  renews a     → renewal
// c single_source  2014  extends b    → renewal
// d unverified     2018  replaces c   → renewal
// e verified       2013  implements a → not a renewal
// f unverified     2019  no relation
const fixture = [
  agreement({ id: 'a', date: '2006' }),
  agreement({ id: 'b', date: '2012', relations: [{ relation: 'renews', target_id: 'a' }] }),
  agreement({
    id: 'c',
    date: '2014',
    verification: 'single_source',
    relations: [{ relation: 'extends', target_id: 'b' }],
  }),
  agreement({
    id: 'd',
    date: '2018',
    verification: 'unverified',
    relations: [{ relation: 'replaces', target_id: 'c' }],
  }),
  agreement({ id: 'e', date: '2013', relations: [{ relation: 'implements', target_id: 'a' }] }),
  agreement({ id: 'f', date: '2019', verification: 'unverified' }),
];

describe('renewal_share', () => {
  it('divides renewals by all agreements', () => {
    // verified {b} / {a, b, e} = 1/3; {b, c} / {a, b, c, e} = 2/4; {b, c, d} / 6 = 3/6
    const result = run(renewalShareIndicator, fixture);
    expectValues(result.total, { verified: 1 / 3, verified_single: 2 / 4, all: 3 / 6 });
    expect(result.total.values.all).toMatchObject({ numerator: 3, denominator: 6, n: 6 });
  });

  it('is null with a reason on an empty selection', () => {
    const result = run(renewalShareIndicator, fixture, { filter: { year_from: 2030 } });
    expect(result.total.values.all).toMatchObject({ value: null, null_reason: 'empty_denominator', n: 0 });
  });
});
