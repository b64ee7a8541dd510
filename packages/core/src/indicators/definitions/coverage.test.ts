import { describe, expect, it } from 'vitest';
import { agreement, BRA, DEU, FRA, KEN, SGP, tally } from '../test-support/fixtures.js';
import { expectValues, part, run } from '../test-support/results.js';
import { coverageIndicator } from './coverage.js';

const tallies = [
  tally({ id: 't-2019', as_of: '2019', documents: 92, partners: 52 }),
  tally({ id: 't-2023-12', as_of: '2023-12', documents: 10, partners: 8 }),
  tally({ id: 't-bri-2024', as_of: '2024', series: 'belt_and_road', documents: 5, partners: 5 }),
  tally({ id: 't-2025-no-count', as_of: '2025-10', documents: null, partners: 70 }),
];

// The tally used: t-2023-12 (latest cumulative one with a document count), as of 2023-12: 10 documents, 8 partners.
// a verified       2020-05-01  DEU  → counted
// b verified       2023-12     FRA  → counted (month not after 2023-12)
// c single_source  2023        KEN  → counted (year not after 2023)
// d verified       2024-02-01  BRA  → later
// e unverified     undated     SGP  → reported apart
// f unverified     2010        DEU  → counted
const fixture = [
  agreement({ id: 'a', date: '2020-05-01', partners: [DEU] }),
  agreement({ id: 'b', date: '2023-12', partners: [FRA] }),
  agreement({ id: 'c', date: '2023', verification: 'single_source', partners: [KEN] }),
  agreement({ id: 'd', date: '2024-02-01', partners: [BRA] }),
  agreement({ id: 'e', date: null, verification: 'unverified', partners: [SGP] }),
  agreement({ id: 'f', date: '2010', verification: 'unverified', partners: [DEU] }),
];

describe('coverage', () => {
  const result = run(coverageIndicator, fixture, { tallies });

  it('names the tally it compares with', () => {
    expect(result.tally).toMatchObject({ id: 't-2023-12', as_of: '2023-12', documents: 10, partners: 8 });
  });

  it('divides agreements signed on or before the tally date by its documents', () => {
    // verified {a, b} = 2/10; + c: 3/10; + f: 4/10
    expectValues(result.total, { verified: 0.2, verified_single: 0.3, all: 0.4 });
    expect(result.total.values.all).toMatchObject({ numerator: 4, denominator: 10, n: 4 });
  });

  it('compares partners and reports undated and later agreements apart', () => {
    // partners: verified {DEU, FRA} = 2/8; + KEN: 3/8; + f (DEU again): 3/8
    expectValues(part(result.total, 'partners'), { verified: 2 / 8, verified_single: 3 / 8, all: 3 / 8 });
    // undated: {e} only in all; later: {d}
    expectValues(part(result.total, 'undated'), { verified: 0, verified_single: 0, all: 1 });
    expectValues(part(result.total, 'later'), { verified: 1, verified_single: 1, all: 1 });
  });

  it('is null with a reason when there is no tally or it gives no partners', () => {
    const none = run(coverageIndicator, fixture, { tallies: [] });
    expect(none.tally).toBeNull();
    expect(none.total.values.all).toMatchObject({ value: null, null_reason: 'no_tally' });
    const noPartners = run(coverageIndicator, fixture, {
      tallies: [tally({ id: 't', as_of: '2023-12-31', documents: 10, partners: null })],
    });
    expect(noPartners.total.values.all.value).toBeCloseTo(0.4, 10);
    expect(part(noPartners.total, 'partners').values.all).toMatchObject({
      value: null,
      null_reason: 'tally_without_partners',
    });
  });

  it('counts an undated agreement whose bound is on or before the tally date', () => {
    // g unverified, undated, signed no later than 2023-11-30, SGP → counted: all 5/10, partners + SGP = 4/8
    // h unverified, undated, signed no later than 2024-01-05 → still undated (the bound is after 2023-12)
    const bounded = [
      ...fixture,
      agreement({
        id: 'g',
        date: null,
        noLaterThan: '2023-11-30',
        verification: 'unverified',
        partners: [SGP],
      }),
      agreement({
        id: 'h',
        date: null,
        noLaterThan: '2024-01-05',
        verification: 'unverified',
        partners: [BRA],
      }),
    ];
    const withBounds = run(coverageIndicator, bounded, { tallies });
    expectValues(withBounds.total, { verified: 0.2, verified_single: 0.3, all: 0.5 });
    expectValues(part(withBounds.total, 'partners'), { verified: 2 / 8, verified_single: 3 / 8, all: 4 / 8 });
    // undated: e and h; later: d
    expectValues(part(withBounds.total, 'undated'), { verified: 0, verified_single: 0, all: 2 });
    expectValues(part(withBounds.total, 'later'), { verified: 1, verified_single: 1, all: 1 });
  });
});
