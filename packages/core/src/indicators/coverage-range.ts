import type { CoverageInput } from './coverage-input.js';
import { placeAgainstTally } from './tally-placement.js';

export interface Bounds {
  readonly lower: number;
  readonly upper: number;
}

export interface CoverageRange {
  /** Standardisation documents dated on or before the tally (lower: surely; upper: possibly). */
  readonly documents: Bounds;
  /** Distinct partners of those documents. */
  readonly partners: Bounds;
  /**
   * Standardisation documents that cannot be placed: no signature date, and no bound on or before the
   * tally's date.
   */
  readonly undated: number;
}

/**
 * Coverage of a tally as a range: the lower bound counts the standardisation records surely signed on or
 * before the tally's date (by their date or by their bound), the upper bound adds those that straddle it
 * (see `placeAgainstTally`); the undated ones count in neither and are reported apart.
 */
export function coverageRange(agreements: readonly CoverageInput[], asOf: string): CoverageRange {
  const standardisation = agreements.filter((agreement) => agreement.scope === 'standardisation');
  const surely: CoverageInput[] = [];
  const maybe: CoverageInput[] = [];
  let undated = 0;
  for (const agreement of standardisation) {
    const placement = placeAgainstTally(agreement, asOf);
    if (placement === 'before') surely.push(agreement);
    else if (placement === 'straddles') maybe.push(agreement);
    else if (placement === 'undated') undated += 1;
  }
  const partnersOf = (items: readonly CoverageInput[]) =>
    new Set(items.flatMap((agreement) => agreement.partners.map((partner) => partner.code))).size;
  return {
    documents: { lower: surely.length, upper: surely.length + maybe.length },
    partners: { lower: partnersOf(surely), upper: partnersOf([...surely, ...maybe]) },
    undated,
  };
}
