import { describe, expect, it } from 'vitest';
import { hardTotals } from './hard-totals.js';
import { hardRow } from './test-support/hard-row.js';

describe('hardTotals', () => {
  it('sums per partner by period, kind and sector', () => {
    const rows = [
      hardRow('KEN', 2010, 300, { energy_usd_m: 300, other_usd_m: 0, deals: 2 }),
      hardRow('KEN', 2015, 0, {
        construction_usd_m: 500,
        transport_usd_m: 400,
        other_usd_m: 100,
        deals: 3,
      }),
      hardRow('KEN', 2021, 0, { unspecified_usd_m: 200, other_usd_m: 200 }),
      hardRow('DEU', 2013, 150),
    ];
    const [deu, ken] = hardTotals(rows);
    expect(deu).toMatchObject({ partner: 'DEU', total_usd_m: 150, deals: 1 });
    // 300 + 500 + 200 = 1,000; 2 + 3 + 1 = 6 deals
    expect(ken).toEqual({
      partner: 'KEN',
      total_usd_m: 1000,
      deals: 6,
      by_period: { '2005-2012': 300, '2013-2019': 500, '2020-': 200 },
      by_kind: { investment: 300, construction: 500, unspecified: 200 },
      by_sector: { energy: 300, transport: 400, other: 300 },
      first_year: 2010,
      last_year: 2021,
    });
  });
});
