import { describe, expect, it } from 'vitest';
import { agreement, DEU, FRA, ISO, KEN, NOWHERE } from '../test-support/fixtures.js';
import { expectValues, run } from '../test-support/results.js';
import { hhiRegionsIndicator } from './hhi-regions.js';

// a verified       DEU, FRA      → pairs 150, 150
// b verified       KEN           → pair 002
// c single_source  ISO           → pair global (an organisation counts in its own region)
// d unverified     XXA, DEU      → pairs unknown, 150
const fixture = [
  agreement({ id: 'a', partners: [DEU, FRA] }),
  agreement({ id: 'b', partners: [KEN] }),
  agreement({ id: 'c', verification: 'single_source', partners: [ISO] }),
  agreement({ id: 'd', verification: 'unverified', partners: [NOWHERE, DEU] }),
];

describe('hhi_regions', () => {
  it('sums squared regional shares of partner–agreement pairs', () => {
    // verified: 150 ×2, 002 ×1 of 3 → (2/3)² + (1/3)² = 5/9
    // + c: 150 ×2, 002 ×1, global ×1 of 4 → (4 + 1 + 1)/16 = 3/8
    // + d: 150 ×3, 002 ×1, global ×1, unknown ×1 of 6 → (9 + 1 + 1 + 1)/36 = 1/3
    const result = run(hhiRegionsIndicator, fixture);
    expectValues(result.total, { verified: 5 / 9, verified_single: 3 / 8, all: 1 / 3 });
    expect(result.total.values.all).toMatchObject({ n: 4, denominator: 6 });
  });

  it('is null with a reason when there is nothing to share out', () => {
    const result = run(hhiRegionsIndicator, fixture, { filter: { type: ['twinning'] } });
    expect(result.total.values.all).toMatchObject({ value: null, null_reason: 'no_pairs', n: 0 });
  });
});
