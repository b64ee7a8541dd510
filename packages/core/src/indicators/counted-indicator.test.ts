import { describe, expect, it } from 'vitest';
import { INDICATORS } from './catalogue.js';
import type { CountRows } from './count-rows.js';
import { countedIndicator, isCountable } from './counted-indicator.js';
import { DEFAULT_INDICATOR_FILTER } from './indicator-filter.js';
import type { GroupBy } from './group-by.js';

const BREAKDOWNS: readonly (GroupBy | null)[] = [
  null,
  'year',
  'type',
  'region',
  'partner_kind',
  'sector',
  'provision',
];

describe('indicators computed from counts', () => {
  it('count every indicator of the catalogue with each of its breakdowns: none needs the release', () => {
    const pairs = INDICATORS.flatMap((indicator) =>
      [null, ...indicator.group_bys].map((groupBy) => `${indicator.id} by ${groupBy ?? 'nothing'}`),
    );
    expect(pairs).toHaveLength(77);
    const notCounted = INDICATORS.flatMap((indicator) =>
      [null, ...indicator.group_bys]
        .filter((groupBy) => !isCountable(indicator.id, groupBy))
        .map((groupBy) => `${indicator.id} by ${groupBy ?? 'nothing'}`),
    );
    expect(notCounted).toEqual([]);
  });

  it('count no breakdown the catalogue does not give', () => {
    for (const indicator of INDICATORS) {
      for (const groupBy of BREAKDOWNS) {
        const given = groupBy === null || indicator.group_bys.includes(groupBy);
        expect(isCountable(indicator.id, groupBy), `${indicator.id} by ${groupBy}`).toBe(given);
      }
    }
  });

  it('measure the total from the counts over the whole filter, and each group from its own', () => {
    // One agreement with partner DEU in sectors 35 and 93: two sector groups, one pair in the total.
    const row = {
      signed_year: 2020,
      type: 'mou',
      bri_framing: 'none',
      verification: 'verified',
      count: 1,
    } as const;
    const rows: CountRows = {
      counts: [row],
      groups: [
        { ...row, key: '35' },
        { ...row, key: '93' },
      ],
      partners: [{ ...row, key: 'DEU', region: '150' }],
      sectors: [],
      placements: [],
      group_partners: [
        { ...row, key: 'DEU', region: '150', group: '35' },
        { ...row, key: 'DEU', region: '150', group: '93' },
      ],
      group_sectors: [],
      tally: null,
    };
    const result = countedIndicator('hhi_regions', 'index', DEFAULT_INDICATOR_FILTER, 'sector', rows);
    // HHI = 1²/1² over one pair, not two.
    expect(result.total.values.all).toMatchObject({ value: 1, n: 1, denominator: 1 });
    expect(result.groups.map((group) => [group.key, group.values.all.denominator])).toEqual([
      ['35', 1],
      ['93', 1],
    ]);
  });
});
