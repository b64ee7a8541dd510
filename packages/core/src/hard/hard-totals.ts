import {
  HARD_KINDS,
  HARD_SECTORS,
  hardTotal,
  type HardConnectivityRecord,
  type HardKind,
  type HardSector,
} from './hard-connectivity.js';
import { HARD_PERIODS, periodOf, type HardPeriod } from './periods.js';

/** Hard connectivity of one partner over all its years. */
export interface HardTotals {
  readonly partner: string;
  readonly total_usd_m: number;
  readonly deals: number;
  readonly by_period: Readonly<Record<HardPeriod, number>>;
  readonly by_kind: Readonly<Record<HardKind, number>>;
  readonly by_sector: Readonly<Record<HardSector, number>>;
  readonly first_year: number;
  readonly last_year: number;
}

function zeros<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Totals per partner (by period, kind and sector), sorted by partner code. */
export function hardTotals(rows: readonly HardConnectivityRecord[]): HardTotals[] {
  const byPartner = new Map<string, HardConnectivityRecord[]>();
  for (const row of rows) byPartner.set(row.partner, [...(byPartner.get(row.partner) ?? []), row]);
  return [...byPartner.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([partner, list]) => {
      const by_period = zeros(HARD_PERIODS.map((period) => period.id));
      const by_kind = zeros(HARD_KINDS);
      const by_sector = zeros(HARD_SECTORS);
      let total = 0;
      let deals = 0;
      for (const row of list) {
        const amount = hardTotal(row);
        total += amount;
        deals += row.deals;
        const period = periodOf(row.year);
        if (period) by_period[period] += amount;
        by_kind.investment += row.investment_usd_m;
        by_kind.construction += row.construction_usd_m;
        by_kind.unspecified += row.unspecified_usd_m;
        by_sector.energy += row.energy_usd_m;
        by_sector.transport += row.transport_usd_m;
        by_sector.other += row.other_usd_m;
      }
      const years = list.map((row) => row.year);
      return {
        partner,
        total_usd_m: total,
        deals,
        by_period,
        by_kind,
        by_sector,
        first_year: Math.min(...years),
        last_year: Math.max(...years),
      };
    });
}
