import type { Agreement } from '../dataset/assemble.js';
import { VERIFICATION_BASES, type VerificationBasis } from '../vocabulary/verification.js';
import type { HardConnectivityRecord } from './hard-connectivity.js';
import { hardTotals } from './hard-totals.js';
import {
  DEFAULT_RANK_CORRELATION_OPTIONS,
  rankCorrelation,
  type RankCorrelation,
  type RankCorrelationOptions,
} from './rank-correlation.js';
import { softByPartner } from './soft-by-partner.js';

export const SOFT_MEASURES = ['agreements', 'depth'] as const;
export type SoftMeasure = (typeof SOFT_MEASURES)[number];

export const POPULATIONS = ['all_partners', 'with_agreement'] as const;
/**
 * all_partners: every partner in the investment data, a partner without agreement counting 0 (agreements
 * and depth). with_agreement: partners in the investment data with at least one agreement.
 */
export type Population = (typeof POPULATIONS)[number];

export type SoftHardCorrelations = Readonly<
  Record<VerificationBasis, Readonly<Record<Population, Readonly<Record<SoftMeasure, RankCorrelation>>>>>
>;

/**
 * Spearman's ρ across partners between one soft measure and hard connectivity (total investment and
 * construction), at one verification basis and on one population. Depth leaves out partners whose
 * agreements are all uncoded.
 */
export function softHardCorrelation(
  agreements: readonly Agreement[],
  hard: readonly HardConnectivityRecord[],
  basis: VerificationBasis,
  population: Population,
  measure: SoftMeasure,
  options: RankCorrelationOptions = DEFAULT_RANK_CORRELATION_OPTIONS,
): RankCorrelation {
  const soft = softByPartner(agreements, basis);
  const xs: number[] = [];
  const ys: number[] = [];
  for (const partner of hardTotals(hard)) {
    const own = soft.get(partner.partner);
    if (population === 'with_agreement' && !own) continue;
    const x = !own ? 0 : measure === 'agreements' ? own.agreements : own.depth;
    if (x === null) continue;
    xs.push(x);
    ys.push(partner.total_usd_m);
  }
  return rankCorrelation(xs, ys, options);
}

/** `softHardCorrelation` at each verification basis, on both populations, for both soft measures. */
export function softHardCorrelations(
  agreements: readonly Agreement[],
  hard: readonly HardConnectivityRecord[],
  options: RankCorrelationOptions = DEFAULT_RANK_CORRELATION_OPTIONS,
): SoftHardCorrelations {
  const entries = VERIFICATION_BASES.map((basis) => {
    const byPopulation = POPULATIONS.map((population) => {
      const measures = SOFT_MEASURES.map(
        (measure) =>
          [measure, softHardCorrelation(agreements, hard, basis, population, measure, options)] as const,
      );
      return [population, Object.fromEntries(measures)] as const;
    });
    return [basis, Object.fromEntries(byPopulation)] as const;
  });
  return Object.fromEntries(entries) as SoftHardCorrelations;
}
