import { describe, expect, it } from 'vitest';
import { agreement, DEU, FRA, KEN, TWELVE } from '../test-support/fixtures.js';
import { expectValues, run } from '../test-support/results.js';
import { hhiPartnersIndicator } from './hhi-partners.js';

// a verified       DIN (DEU), DKE (DEU), AFNOR (FRA) → pairs DEU, FRA (Germany once for this agreement)
// b verified       DEU                               → pair DEU
// c single_source  twelve partners                   → twelve pairs, one each
// d unverified     KEN                               → pair KEN
const fixture = [
  agreement({
    id: 'a',
    partners: [
      { jurisdiction: DEU, institution: 'din' },
      { jurisdiction: DEU, institution: 'dke' },
      { jurisdiction: FRA, institution: 'afnor' },
    ],
  }),
  agreement({ id: 'b', partners: [DEU] }),
  agreement({ id: 'c', verification: 'single_source', type: 'joint_initiative', partners: TWELVE }),
  agreement({ id: 'd', verification: 'unverified', partners: [KEN] }),
];

describe('hhi_partners', () => {
  it('sums squared partner shares, each partner once per agreement', () => {
    // verified: DEU ×2, FRA ×1 of 3 → (4 + 1)/9 = 5/9  (counting DEU twice in a would give (9 + 1)/16)
    // + c: DEU 2, FRA 1, twelve × 1 of 15 → (4 + 1 + 12)/225 = 17/225
    // + d: … + KEN 1 of 16 → (4 + 1 + 12 + 1)/256 = 18/256
    const result = run(hhiPartnersIndicator, fixture);
    expectValues(result.total, { verified: 5 / 9, verified_single: 17 / 225, all: 18 / 256 });
    expect(result.total.values.verified).toMatchObject({ n: 2, denominator: 3 });
  });

  it('breaks down by region with only that region’s partners', () => {
    // 150: verified DEU (a, b), FRA (a) → 5/9; + c: RUS, BLR, SRB, HUN → (4 + 1 + 4)/49 = 9/49
    const result = run(hhiPartnersIndicator, fixture, { group_by: 'region' });
    const europe = result.groups.find((g) => g.key === '150');
    expect(europe).toBeDefined();
    if (europe) expectValues(europe, { verified: 5 / 9, verified_single: 9 / 49, all: 9 / 49 });
  });
});
