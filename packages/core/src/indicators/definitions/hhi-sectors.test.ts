import { describe, expect, it } from 'vitest';
import { agreement } from '../test-support/fixtures.js';
import { expectValues, run } from '../test-support/results.js';
import { hhiSectorsIndicator } from './hhi-sectors.js';

// a verified       sectors 43, 35
// b verified       sector 43
// c single_source  no sector: left out
// d unverified     sector 01
const fixture = [
  agreement({ id: 'a', sectors: ['43', '35'] }),
  agreement({ id: 'b', sectors: ['43'] }),
  agreement({ id: 'c', verification: 'single_source' }),
  agreement({ id: 'd', verification: 'unverified', sectors: ['01'] }),
];

describe('hhi_sectors', () => {
  it('sums squared sector shares of sector–agreement pairs', () => {
    // verified: 43 ×2, 35 ×1 of 3 → (4 + 1)/9 = 5/9, n = 2
    // + c (no sector): unchanged 5/9, n = 2
    // + d: 43 ×2, 35 ×1, 01 ×1 of 4 → (4 + 1 + 1)/16 = 3/8, n = 3
    const result = run(hhiSectorsIndicator, fixture);
    expectValues(result.total, { verified: 5 / 9, verified_single: 5 / 9, all: 3 / 8 });
    expect(result.total.values.all).toMatchObject({ n: 3, denominator: 4 });
  });

  it('counts only the sectors a sector filter keeps', () => {
    // sector = 43: a → [43], b → [43]: one category, HHI = 1
    const result = run(hhiSectorsIndicator, fixture, { filter: { sector: ['43'] } });
    expectValues(result.total, { verified: 1, verified_single: 1, all: 1 });
  });
});
