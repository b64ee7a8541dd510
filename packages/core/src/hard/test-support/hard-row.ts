import type { HardConnectivityRecord } from '../hard-connectivity.js';

/** A hard-connectivity row for tests: the whole amount as investment in "other" sectors unless told. */
export function hardRow(
  partner: string,
  year: number,
  amount: number,
  extra: Partial<HardConnectivityRecord> = {},
): HardConnectivityRecord {
  return {
    partner,
    year,
    investment_usd_m: amount,
    construction_usd_m: 0,
    unspecified_usd_m: 0,
    deals: 1,
    bri_usd_m: null,
    energy_usd_m: 0,
    transport_usd_m: 0,
    other_usd_m: amount,
    source_name: 'Synthetic test rows',
    source_edition: 'test',
    source_citation: 'Synthetic test rows',
    source_url: null,
    ...extra,
  };
}
