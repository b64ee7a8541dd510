import { describe, expect, it } from 'vitest';
import { agreement, BRA, DEU, FRA, KEN, SGP } from '../indicators/test-support/fixtures.js';
import { softHardCorrelations } from './soft-hard.js';
import { hardRow } from './test-support/hard-row.js';

// Hard: KEN 500, DEU 300, FRA 100, BRA 200 (SGP has agreements but no investment: outside the population).
const hard = [
  hardRow('KEN', 2010, 500),
  hardRow('DEU', 2011, 300),
  hardRow('FRA', 2012, 100),
  hardRow('BRA', 2013, 200),
];
const agreements = [
  agreement({ id: 'd1', partners: [DEU], provisions: { training: 'present', standing_body: 'present' } }),
  agreement({ id: 'd2', partners: [DEU] }),
  agreement({ id: 'f1', partners: [FRA], provisions: { training: 'absent' } }),
  agreement({
    id: 'k1',
    partners: [KEN],
    verification: 'single_source',
    provisions: { training: 'present', standing_body: 'present', information_exchange: 'present' },
  }),
  agreement({ id: 'b1', partners: [BRA], verification: 'unverified' }),
  agreement({ id: 's1', partners: [SGP] }),
  agreement({ id: 'adjacent', partners: [BRA, KEN], scope: 'metrology' }),
];
const options = { resamples: 2000, permutations: 200, seed: 11 };
const result = softHardCorrelations(agreements, hard, options);

describe('softHardCorrelations', () => {
  it('ranks agreement counts against investment on all partners at the verified basis', () => {
    // partners KEN, DEU, FRA, BRA; counts 0, 2, 1, 0 → ranks 1.5, 4, 3, 1.5; hard ranks 4, 3, 1, 2
    // dx = −1, 1.5, 0.5, −1; dy = 1.5, 0.5, −1.5, −0.5 → Σdxdy = −1; Σdx² = 4.5; Σdy² = 5 → ρ = −1/√22.5
    const value = result.verified.all_partners.agreements;
    expect(value.rho).toBeCloseTo(-1 / Math.sqrt(22.5), 12);
    expect(value.n).toBe(4);
    expect(value.low).not.toBeNull();
    expect(value.low ?? 0).toBeLessThanOrEqual(value.high ?? 0);
  });

  it('needs three partners with an agreement', () => {
    // verified: only DEU and FRA have one
    expect(result.verified.with_agreement.agreements).toMatchObject({ rho: null, n: 2 });
  });

  it('counts every verification level at the all basis', () => {
    // counts KEN 1, DEU 2, FRA 1, BRA 1 → ranks 2, 4, 2, 2; dx = −0.5, 1.5, −0.5, −0.5
    // Σdxdy = −0.75 + 0.75 + 0.75 + 0.25 = 1; Σdx² = 3; Σdy² = 5 → ρ = 1/√15
    expect(result.all.all_partners.agreements.rho).toBeCloseTo(1 / Math.sqrt(15), 12);
    expect(result.all.with_agreement.agreements.rho).toBeCloseTo(1 / Math.sqrt(15), 12);
    expect(result.all.with_agreement.agreements.n).toBe(4);
  });

  it('ranks mean depth over coded agreements, leaving out partners with none coded', () => {
    // KEN 3, DEU 2 (d1; d2 uncoded), FRA 0, BRA uncoded → out; hard 500, 300, 100 → ρ = 1
    expect(result.all.with_agreement.depth).toMatchObject({ rho: 1, n: 3 });
    // verified: KEN has no agreement → depth 0; DEU 2, FRA 0, BRA 0 against 500, 300, 100, 200
    // x ranks 2, 4, 2, 2 ([0, 0, 0] share 1–3); y ranks 4, 3, 1, 2 → as at the all basis, ρ = 1/√15
    expect(result.verified.all_partners.depth.rho).toBeCloseTo(1 / Math.sqrt(15), 12);
  });
});
