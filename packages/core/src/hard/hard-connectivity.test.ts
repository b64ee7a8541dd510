import { describe, expect, it } from 'vitest';
import { hardConnectivityRecordSchema, hardTotal } from './hard-connectivity.js';
import { hardRow } from './test-support/hard-row.js';

describe('hardConnectivityRecordSchema', () => {
  it('accepts a row and rejects a negative amount or a lower-case code', () => {
    expect(hardConnectivityRecordSchema.safeParse(hardRow('KEN', 2015, 300)).success).toBe(true);
    expect(hardConnectivityRecordSchema.safeParse(hardRow('KEN', 2015, -1)).success).toBe(false);
    expect(hardConnectivityRecordSchema.safeParse(hardRow('ken', 2015, 1)).success).toBe(false);
  });

  it('totals investment, construction and deals of unstated kind', () => {
    // 100 + 250 + 50 = 400
    expect(hardTotal({ investment_usd_m: 100, construction_usd_m: 250, unspecified_usd_m: 50 })).toBe(400);
  });
});
