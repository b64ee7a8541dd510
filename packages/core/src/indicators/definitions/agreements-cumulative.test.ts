import { describe, expect, it } from 'vitest';
import { agreement } from '../test-support/fixtures.js';
import { expectValues, groupValues, keys, run } from '../test-support/results.js';
import { agreementsCumulativeIndicator } from './agreements-cumulative.js';

// a verified 2015; b verified 2017; c single_source 2017; d unverified undated; g verified undated
const fixture = [
  agreement({ id: 'a', date: '2015-03' }),
  agreement({ id: 'b', date: '2017' }),
  agreement({ id: 'c', date: '2017-11-02', verification: 'single_source' }),
  agreement({ id: 'd', date: null, verification: 'unverified' }),
  agreement({ id: 'g', date: null }),
];

describe('agreements_cumulative', () => {
  it('counts agreements signed in or before each year, undated apart but in the total', () => {
    // all: 2015 {a} = 1; 2016 {a} = 1; 2017 {a, b, c} = 3; undated {d, g} = 2; total 5 (> 3, the last year)
    // verified: 2015 1; 2016 1; 2017 {a, b} = 2; undated {g} = 1; total 3
    const result = run(agreementsCumulativeIndicator, fixture, { group_by: 'year' });
    expect(keys(result)).toEqual(['2015', '2016', '2017', 'undated']);
    expect(groupValues(result, '2015')).toEqual({ verified: 1, verified_single: 1, all: 1 });
    expect(groupValues(result, '2016')).toEqual({ verified: 1, verified_single: 1, all: 1 });
    expect(groupValues(result, '2017')).toEqual({ verified: 2, verified_single: 3, all: 3 });
    expect(groupValues(result, 'undated')).toEqual({ verified: 1, verified_single: 1, all: 2 });
    expectValues(result.total, { verified: 3, verified_single: 4, all: 5 });
  });

  it('starts the series at the first year of a year range and reports the undated it leaves out', () => {
    // 2016–2017: 2016 {} = 0; 2017 {b, c} = 2; undated {d, g} excluded: verified 1, all 2
    const result = run(agreementsCumulativeIndicator, fixture, {
      group_by: 'year',
      filter: { year_from: 2016, year_to: 2017 },
    });
    expect(keys(result)).toEqual(['2016', '2017']);
    expect(groupValues(result, '2017')).toEqual({ verified: 1, verified_single: 2, all: 2 });
    expect(result.excluded_undated).toEqual({ verified: 1, verified_single: 1, all: 2 });
  });

  it('supports only the year breakdown', () => {
    expect(() => run(agreementsCumulativeIndicator, fixture, { group_by: 'region' })).toThrow(
      /cannot be grouped by "region"/,
    );
  });
});
