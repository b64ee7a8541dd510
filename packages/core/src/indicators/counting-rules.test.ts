import { describe, expect, it } from 'vitest';
import { agreementsIndicator } from './definitions/agreements.js';
import { hhiPartnersIndicator } from './definitions/hhi-partners.js';
import { partnersIndicator } from './definitions/partners.js';
import { agreement, DEU, ISO, TWELVE } from './test-support/fixtures.js';
import { groupValues, keys, run, values } from './test-support/results.js';

describe('counting rules', () => {
  it('counts a 12-partner joint initiative as one agreement with twelve partners', () => {
    const initiative = [
      agreement({ id: 'joint-initiative-2017', type: 'joint_initiative', partners: TWELVE }),
    ];
    expect(values(run(agreementsIndicator, initiative).total).all).toBe(1);
    expect(values(run(partnersIndicator, initiative).total).all).toBe(12);
  });

  it('counts a partner once per agreement however many of its institutions sign', () => {
    // DIN and DKE (both DEU) + ISO: pairs DEU 1, ISO 1 → HHI = 1/4 + 1/4 = 1/2 (not 4/9 + 1/9 = 5/9)
    const fixture = [
      agreement({
        id: 'a',
        partners: [{ jurisdiction: DEU, institution: 'din' }, { jurisdiction: DEU, institution: 'dke' }, ISO],
      }),
    ];
    expect(values(run(hhiPartnersIndicator, fixture).total).all).toBeCloseTo(1 / 2, 10);
  });

  it('counts an organisation in its own region (global for ISO), not in its members’', () => {
    const result = run(agreementsIndicator, [agreement({ id: 'a', partners: [ISO] })], {
      group_by: 'region',
    });
    expect(keys(result)).toEqual(['global']);
  });

  it('keeps adjacent scope out of headline figures unless asked for', () => {
    const fixture = [agreement({ id: 'a' }), agreement({ id: 'b', scope: 'conformity_assessment' })];
    expect(values(run(agreementsIndicator, fixture).total).all).toBe(1);
    expect(values(run(agreementsIndicator, fixture, { filter: { include_adjacent: true } }).total).all).toBe(
      2,
    );
    expect(
      values(run(agreementsIndicator, fixture, { filter: { scope: ['conformity_assessment'] } }).total).all,
    ).toBe(1);
  });

  it('never puts an undated agreement in a year, even a year-only date on 1 January', () => {
    const fixture = [agreement({ id: 'a', date: '2017' }), agreement({ id: 'b', date: null })];
    const result = run(agreementsIndicator, fixture, { group_by: 'year' });
    expect(keys(result)).toEqual(['2017', 'undated']);
    expect(groupValues(result, '2017').all).toBe(1);
    expect(groupValues(result, 'undated').all).toBe(1);
  });

  it('computes every figure on three verification bases that differ', () => {
    const fixture = [
      agreement({ id: 'a' }),
      agreement({ id: 'b', verification: 'single_source' }),
      agreement({ id: 'c', verification: 'unverified' }),
    ];
    expect(values(run(agreementsIndicator, fixture).total)).toEqual({
      verified: 1,
      verified_single: 2,
      all: 3,
    });
  });
});
