import { describe, expect, it } from 'vitest';
import { agreement, ARSO, ASEAN, DEU, FRA, ISO, KEN } from '../test-support/fixtures.js';
import { expectValues, run } from '../test-support/results.js';
import { internationalAnchoringShareIndicator } from './international-anchoring-share.js';

// a verified       ISO (international body)                 → anchored
// b verified       DEU, joint_international_work present    → anchored
// c single_source  KEN, international_basis present         → anchored
// d single_source  ASEAN (organisation, not a standards body) → not anchored
// e unverified     FRA, joint_international_work absent      → not anchored
// f verified       DEU + ARSO (international body)           → anchored
const fixture = [
  agreement({ id: 'a', partners: [ISO] }),
  agreement({ id: 'b', partners: [DEU], provisions: { joint_international_work: 'present' } }),
  agreement({
    id: 'c',
    verification: 'single_source',
    partners: [KEN],
    provisions: { international_basis: 'present' },
  }),
  agreement({ id: 'd', verification: 'single_source', partners: [ASEAN] }),
  agreement({
    id: 'e',
    verification: 'unverified',
    partners: [FRA],
    provisions: { joint_international_work: 'absent' },
  }),
  agreement({ id: 'f', partners: [DEU, ARSO] }),
];

describe('international_anchoring_share', () => {
  it('counts agreements with an international-body partner or an anchoring provision', () => {
    // verified: {a, b, f} / {a, b, f} = 1; + c, d: 4/5; + e: 4/6
    const result = run(internationalAnchoringShareIndicator, fixture);
    expectValues(result.total, { verified: 1, verified_single: 4 / 5, all: 4 / 6 });
  });

  it('looks at all partners of an agreement, whatever the partner filter', () => {
    // partner = DEU keeps b and f; f is anchored by ARSO although only DEU passes the filter: 2/2
    const result = run(internationalAnchoringShareIndicator, fixture, { filter: { partner: ['DEU'] } });
    expect(result.total.values.all).toMatchObject({ value: 1, numerator: 2, denominator: 2 });
  });
});
