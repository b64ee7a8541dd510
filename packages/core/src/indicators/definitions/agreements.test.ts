import { describe, expect, it } from 'vitest';
import { agreement, ARSO, DEU, FRA, ISO, KEN, TWELVE } from '../test-support/fixtures.js';
import { expectValues, group, groupValues, keys, run } from '../test-support/results.js';
import { agreementsIndicator } from './agreements.js';

// a  verified       2017  DEU               mou                    sectors 43, 35
// b  single_source  2017  12 partners       joint_initiative       no sector
// c  unverified     2019  KEN               mou                    sector 43
// d  verified       —     ARSO (org, 002)   cooperation_agreement  no sector
// e  verified       2018  FRA               metrology (adjacent)
// f  verified       2019  ISO (org, global) mou                    no sector
const fixture = [
  agreement({ id: 'a', date: '2017-05-14', sectors: ['43', '35'] }),
  agreement({
    id: 'b',
    date: '2017-05',
    verification: 'single_source',
    type: 'joint_initiative',
    partners: TWELVE,
  }),
  agreement({ id: 'c', date: '2019', verification: 'unverified', partners: [KEN], sectors: ['43'] }),
  agreement({ id: 'd', date: null, type: 'cooperation_agreement', partners: [ARSO] }),
  agreement({ id: 'e', date: '2018', scope: 'metrology', partners: [FRA] }),
  agreement({ id: 'f', date: '2019', partners: [ISO] }),
];

describe('agreements', () => {
  it('counts each agreement once, at the three verification bases', () => {
    // verified {a, d, f} = 3; + single-source {b} = 4; + unverified {c} = 5. e is adjacent: left out.
    // The 12-partner initiative b counts once, not 12 times.
    const result = run(agreementsIndicator, fixture);
    expectValues(result.total, { verified: 3, verified_single: 4, all: 5 });
    expect(result.total.values.all.n).toBe(5);
  });

  it('includes adjacent scope on request', () => {
    // all: {a, b, c, d, f} + e = 6; verified {a, d, e, f} = 4
    const result = run(agreementsIndicator, fixture, { filter: { include_adjacent: true } });
    expectValues(result.total, { verified: 4, verified_single: 5, all: 6 });
  });

  it('groups by year without gaps and keeps undated apart', () => {
    // 2017 {a, b}; 2018 {} (e is adjacent); 2019 {c, f}; undated {d}
    const result = run(agreementsIndicator, fixture, { group_by: 'year' });
    expect(keys(result)).toEqual(['2017', '2018', '2019', 'undated']);
    expect(groupValues(result, '2017')).toEqual({ verified: 1, verified_single: 2, all: 2 });
    expect(groupValues(result, '2018')).toEqual({ verified: 0, verified_single: 0, all: 0 });
    expect(groupValues(result, '2019')).toEqual({ verified: 1, verified_single: 1, all: 2 });
    expect(groupValues(result, 'undated')).toEqual({ verified: 1, verified_single: 1, all: 1 });
  });

  it('groups by region, an organisation in its own region, an agreement in each of its regions', () => {
    // 002: b (ETH, EGY), c (KEN), d (ARSO) = 3; 142: b = 1; 150: a, b = 2; global: f (ISO) = 1.
    // Sum 7 > total 5: b is in three regions.
    const result = run(agreementsIndicator, fixture, { group_by: 'region' });
    expect(keys(result)).toEqual(['002', '142', '150', 'global']);
    expect(groupValues(result, '002')).toEqual({ verified: 1, verified_single: 2, all: 3 });
    expect(groupValues(result, '142')).toEqual({ verified: 0, verified_single: 1, all: 1 });
    expect(groupValues(result, '150')).toEqual({ verified: 1, verified_single: 2, all: 2 });
    expect(groupValues(result, 'global')).toEqual({ verified: 1, verified_single: 1, all: 1 });
  });

  it('groups by type, sector and partner kind', () => {
    // type: mou {a, c, f} = 3; joint_initiative {b} = 1; cooperation_agreement {d} = 1
    const byType = run(agreementsIndicator, fixture, { group_by: 'type' });
    expect(keys(byType)).toEqual(['mou', 'cooperation_agreement', 'joint_initiative']);
    expect(groupValues(byType, 'mou').all).toBe(3);
    // sector: 35 {a} = 1; 43 {a, c} = 2; none {b, d, f} = 3
    const bySector = run(agreementsIndicator, fixture, { group_by: 'sector' });
    expect(keys(bySector)).toEqual(['35', '43', 'none']);
    expect(groupValues(bySector, '43')).toEqual({ verified: 1, verified_single: 1, all: 2 });
    expect(groupValues(bySector, 'none')).toEqual({ verified: 2, verified_single: 3, all: 3 });
    // partner kind: national standards bodies {a, b, c} = 3; regional standards organisations {d, f} = 2
    const byKind = run(agreementsIndicator, fixture, { group_by: 'partner_kind' });
    expect(keys(byKind)).toEqual(['national_standards_body', 'regional_standards_organisation']);
    expect(group(byKind, 'national_standards_body').values.all.value).toBe(3);
    expect(group(byKind, 'regional_standards_organisation').values.all.value).toBe(2);
  });

  it('keeps undated agreements out of a year range and says how many', () => {
    // 2017–2019: {a, b, c, f} = 4; d is undated: excluded_undated = 1 (verified, so at every basis)
    const result = run(agreementsIndicator, fixture, { filter: { year_from: 2017, year_to: 2019 } });
    expectValues(result.total, { verified: 2, verified_single: 3, all: 4 });
    expect(result.excluded_undated).toEqual({ verified: 1, verified_single: 1, all: 1 });
  });

  it('filters by partner: Germany only in a', () => {
    const result = run(agreementsIndicator, fixture, { filter: { partner: [DEU.code] } });
    expectValues(result.total, { verified: 1, verified_single: 1, all: 1 });
  });
});
