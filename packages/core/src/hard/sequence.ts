import type { Agreement } from '../dataset/assemble.js';
import type { VerificationBasis } from '../vocabulary/verification.js';
import { hardTotal, type HardConnectivityRecord } from './hard-connectivity.js';
import { median } from './median.js';
import { softByPartner } from './soft-by-partner.js';

/** Years on each side of the first agreement compared by the investment ratio. */
export const SEQUENCE_WINDOW = 5;
/** The smallest deal the tracker records; a partner-year at or above it holds a large deal. */
export const LARGE_DEAL_USD_M = 100;

export interface PartnerSequence {
  readonly partner: string;
  readonly first_deal_year: number;
  readonly first_agreement_year: number;
  /** first_agreement_year − first_deal_year: positive when the agreement came after the deal. */
  readonly years_between: number;
  /** Hard connectivity in the five years before the first agreement (year − 5 … year − 1). */
  readonly before_usd_m: number | null;
  /** Hard connectivity in the five years after it (year + 1 … year + 5); the signing year is left out. */
  readonly after_usd_m: number | null;
  /** after / before; null when a window falls outside the data's years or before is 0. */
  readonly ratio: number | null;
}

export interface SequenceResult {
  readonly partners: readonly PartnerSequence[];
  /** Partners with both a large deal and a dated agreement. */
  readonly n: number;
  readonly after: number;
  readonly same_year: number;
  readonly before: number;
  /** Share of partners whose first agreement came in a later year than their first large deal. */
  readonly share_after: number | null;
  readonly median_ratio: number | null;
  /** Partners with a ratio (both windows inside the data's years, investment before > 0). */
  readonly ratio_n: number;
  /** The years the hard data covers, which bound the windows. */
  readonly coverage: { readonly from: number; readonly to: number } | null;
}

/** Order of first large deal and first agreement per partner, and investment before vs after the agreement. */
export function sequence(
  agreements: readonly Agreement[],
  hard: readonly HardConnectivityRecord[],
  basis: VerificationBasis,
): SequenceResult {
  const years = hard.map((row) => row.year);
  const coverage = years.length === 0 ? null : { from: Math.min(...years), to: Math.max(...years) };
  const amounts = new Map<string, Map<number, number>>();
  for (const row of hard) {
    const own = amounts.get(row.partner) ?? new Map<number, number>();
    own.set(row.year, (own.get(row.year) ?? 0) + hardTotal(row));
    amounts.set(row.partner, own);
  }
  const soft = softByPartner(agreements, basis);
  const partners: PartnerSequence[] = [];
  for (const [partner, byYear] of [...amounts.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const agreementYear = soft.get(partner)?.first_year ?? null;
    const large = [...byYear.entries()].filter(([, amount]) => amount >= LARGE_DEAL_USD_M).map(([y]) => y);
    if (agreementYear === null || large.length === 0 || coverage === null) continue;
    const sum = (from: number, to: number): number | null => {
      if (from < coverage.from || to > coverage.to) return null;
      let total = 0;
      for (let y = from; y <= to; y++) total += byYear.get(y) ?? 0;
      return total;
    };
    const before = sum(agreementYear - SEQUENCE_WINDOW, agreementYear - 1);
    const after = sum(agreementYear + 1, agreementYear + SEQUENCE_WINDOW);
    const firstDeal = Math.min(...large);
    partners.push({
      partner,
      first_deal_year: firstDeal,
      first_agreement_year: agreementYear,
      years_between: agreementYear - firstDeal,
      before_usd_m: before,
      after_usd_m: after,
      ratio: before === null || after === null || before === 0 ? null : after / before,
    });
  }
  const ratios = partners.map((p) => p.ratio).filter((r): r is number => r !== null);
  const after = partners.filter((p) => p.years_between > 0).length;
  const sameYear = partners.filter((p) => p.years_between === 0).length;
  return {
    partners,
    n: partners.length,
    after,
    same_year: sameYear,
    before: partners.length - after - sameYear,
    share_after: partners.length === 0 ? null : after / partners.length,
    median_ratio: median(ratios),
    ratio_n: ratios.length,
    coverage,
  };
}
