import { describe, expect, it } from 'vitest';
import { agreement } from '../test-support/fixtures.js';
import { expectValues, run } from '../test-support/results.js';
import { renewalsIndicator } from './renewals.js';

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

describe('renewals', () => {
  it('counts agreements that renew, extend or replace an earlier one', () => {
    // verified {b} = 1; + c = 2; + d = 3
    const result = run(renewalsIndicator, fixture);
    expectValues(result.total, { verified: 1, verified_single: 2, all: 3 });
    expect(result.total.values.all.n).toBe(6);
  });

  it('counts a renewal whose earlier agreement is filtered out', () => {
    // from 2012: a is out, b still renews it: {b, c, d} = 3 at all
    const result = run(renewalsIndicator, fixture, { filter: { year_from: 2012 } });
    expect(result.total.values.all.value).toBe(3);
  });
});
