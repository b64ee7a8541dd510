import { describe, expect, it } from 'vitest';
import { agreement, DEU, FRA, KEN } from '../indicators/test-support/fixtures.js';
import { quadrants } from './quadrants.js';
import { hardRow } from './test-support/hard-row.js';

describe('quadrants', () => {
  it('cuts at the medians and lists the partners in each quadrant', () => {
    const hard = [
      hardRow('KEN', 2010, 500),
      hardRow('DEU', 2011, 300),
      hardRow('FRA', 2012, 100),
      hardRow('BRA', 2013, 200),
    ];
    const agreements = [
      agreement({ id: 'k', partners: [KEN] }),
      agreement({ id: 'd1', partners: [DEU] }),
      agreement({ id: 'd2', partners: [DEU] }),
      agreement({ id: 'f', partners: [FRA] }),
    ];
    const result = quadrants(agreements, hard, 'all');
    // counts sorted 0, 1, 1, 2 → median 1; investment 100, 200, 300, 500 → median (200 + 300)/2 = 250
    expect(result.soft_cut).toBe(1);
    expect(result.hard_cut).toBe(250);
    expect(result.n).toBe(4);
    const names = (list: readonly { partner: string }[]) => list.map((p) => p.partner);
    // high soft = more than 1 agreement (DEU); high hard = more than 250 (KEN, DEU)
    expect(names(result.quadrants.high_soft_high_hard)).toEqual(['DEU']);
    expect(names(result.quadrants.high_soft_low_hard)).toEqual([]);
    expect(names(result.quadrants.low_soft_high_hard)).toEqual(['KEN']);
    expect(names(result.quadrants.low_soft_low_hard)).toEqual(['BRA', 'FRA']);
  });
});
