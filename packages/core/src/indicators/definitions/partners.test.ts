import { describe, expect, it } from 'vitest';
import { agreement, ARSO, DEU, FRA, KEN } from '../test-support/fixtures.js';
import { expectValues, groupValues, run } from '../test-support/results.js';
import { partnersIndicator } from './partners.js';

// a verified       2017  DEU
// b verified       2018  DIN (DEU), DKE (DEU), AFNOR (FRA)  → partners DEU, FRA
// c single_source  2018  KEN
// d unverified     2019  ARSO (organisation, region 002)
const fixture = [
  agreement({ id: 'a', date: '2017' }),
  agreement({
    id: 'b',
    date: '2018',
    partners: [
      { jurisdiction: DEU, institution: 'din' },
      { jurisdiction: DEU, institution: 'dke' },
      { jurisdiction: FRA, institution: 'afnor' },
    ],
  }),
  agreement({ id: 'c', date: '2018', verification: 'single_source', partners: [KEN] }),
  agreement({ id: 'd', date: '2019', verification: 'unverified', partners: [ARSO] }),
];

describe('partners', () => {
  it('counts distinct partner jurisdictions', () => {
    // verified {DEU, FRA} = 2 (DEU in a and twice in b counts once); + KEN = 3; + ARSO = 4
    const result = run(partnersIndicator, fixture);
    expectValues(result.total, { verified: 2, verified_single: 3, all: 4 });
    expect(result.total.values.all.n).toBe(4);
  });

  it('counts only the partners that pass a partner filter', () => {
    // partner = FRA keeps b, and of b's partners only FRA: 1
    const result = run(partnersIndicator, fixture, { filter: { partner: ['FRA'] } });
    expectValues(result.total, { verified: 1, verified_single: 1, all: 1 });
  });

  it('breaks down by region and by year', () => {
    // 150: {DEU, FRA} = 2; 002: verified {} = 0, + KEN = 1, + ARSO = 2
    const byRegion = run(partnersIndicator, fixture, { group_by: 'region' });
    expect(groupValues(byRegion, '150')).toEqual({ verified: 2, verified_single: 2, all: 2 });
    expect(groupValues(byRegion, '002')).toEqual({ verified: 0, verified_single: 1, all: 2 });
    // 2018: verified {DEU, FRA} = 2; + KEN = 3
    const byYear = run(partnersIndicator, fixture, { group_by: 'year' });
    expect(groupValues(byYear, '2018')).toEqual({ verified: 2, verified_single: 3, all: 3 });
  });
});
