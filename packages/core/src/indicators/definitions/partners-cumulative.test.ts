import { describe, expect, it } from 'vitest';
import { agreement, BRA, DEU, FRA, KEN, SGP } from '../test-support/fixtures.js';
import { expectValues, groupValues, keys, run } from '../test-support/results.js';
import { partnersCumulativeIndicator } from './partners-cumulative.js';

// a verified       2015  DEU
// b single_source  2016  DEU, FRA
// c verified       2017  KEN
// d unverified     —     KEN, BRA   (KEN is dated through c; BRA is known only undated)
// e verified       —     SGP
const fixture = [
  agreement({ id: 'a', date: '2015' }),
  agreement({ id: 'b', date: '2016', verification: 'single_source', partners: [DEU, FRA] }),
  agreement({ id: 'c', date: '2017', partners: [KEN] }),
  agreement({ id: 'd', date: null, verification: 'unverified', partners: [KEN, BRA] }),
  agreement({ id: 'e', date: null, partners: [SGP] }),
];

describe('partners_cumulative', () => {
  it('adds each partner in the year of its first agreement and keeps undated-only partners apart', () => {
    // all: 2015 {DEU} = 1; 2016 {DEU, FRA} = 2; 2017 + KEN = 3; undated-only {BRA, SGP} = 2; total 5
    // verified (a, c, e): 2015 1; 2016 1; 2017 {DEU, KEN} = 2; undated-only {SGP} = 1; total 3
    // verified + single (a, b, c, e): 2015 1; 2016 2; 2017 3; undated-only {SGP} = 1; total 4
    const result = run(partnersCumulativeIndicator, fixture, { group_by: 'year' });
    expect(keys(result)).toEqual(['2015', '2016', '2017', 'undated']);
    expect(groupValues(result, '2015')).toEqual({ verified: 1, verified_single: 1, all: 1 });
    expect(groupValues(result, '2016')).toEqual({ verified: 1, verified_single: 2, all: 2 });
    expect(groupValues(result, '2017')).toEqual({ verified: 2, verified_single: 3, all: 3 });
    expect(groupValues(result, 'undated')).toEqual({ verified: 1, verified_single: 1, all: 2 });
    expectValues(result.total, { verified: 3, verified_single: 4, all: 5 });
  });
});
