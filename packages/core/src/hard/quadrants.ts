import type { Agreement } from '../dataset/assemble.js';
import type { VerificationBasis } from '../vocabulary/verification.js';
import type { HardConnectivityRecord } from './hard-connectivity.js';
import { hardTotals } from './hard-totals.js';
import { median } from './median.js';
import { softByPartner } from './soft-by-partner.js';

export const QUADRANTS = [
  'high_soft_high_hard',
  'high_soft_low_hard',
  'low_soft_high_hard',
  'low_soft_low_hard',
] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export interface QuadrantPartner {
  readonly partner: string;
  readonly agreements: number;
  readonly hard_usd_m: number;
}

export interface QuadrantsResult {
  /** Cut points: the medians across the partners in the investment data. "High" means strictly above. */
  readonly soft_cut: number | null;
  readonly hard_cut: number | null;
  readonly n: number;
  readonly quadrants: Readonly<Record<Quadrant, readonly QuadrantPartner[]>>;
}

/** Partners by high/low agreements × high/low investment, the medians as cut points. */
export function quadrants(
  agreements: readonly Agreement[],
  hard: readonly HardConnectivityRecord[],
  basis: VerificationBasis,
): QuadrantsResult {
  const soft = softByPartner(agreements, basis);
  const partners: QuadrantPartner[] = hardTotals(hard).map((t) => ({
    partner: t.partner,
    agreements: soft.get(t.partner)?.agreements ?? 0,
    hard_usd_m: t.total_usd_m,
  }));
  const softCut = median(partners.map((p) => p.agreements));
  const hardCut = median(partners.map((p) => p.hard_usd_m));
  const result: Record<Quadrant, QuadrantPartner[]> = {
    high_soft_high_hard: [],
    high_soft_low_hard: [],
    low_soft_high_hard: [],
    low_soft_low_hard: [],
  };
  for (const p of partners) {
    const highSoft = softCut !== null && p.agreements > softCut;
    const highHard = hardCut !== null && p.hard_usd_m > hardCut;
    const key: Quadrant = `${highSoft ? 'high' : 'low'}_soft_${highHard ? 'high' : 'low'}_hard`;
    result[key].push(p);
  }
  return { soft_cut: softCut, hard_cut: hardCut, n: partners.length, quadrants: result };
}
