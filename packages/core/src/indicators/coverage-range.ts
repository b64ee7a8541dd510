import type { Agreement } from '../dataset/assemble.js';

/** Where a dated agreement falls against a tally's date: surely on or before it, maybe, or after it. */
export type TallyPosition = 'before' | 'straddles' | 'after';

/** First and last day of a partial date's period, as comparable strings ("2023" → 2023-01-01 … 2023-12-31). */
function period(date: string): readonly [string, string] {
  if (date.length === 4) return [`${date}-01-01`, `${date}-12-31`];
  if (date.length === 7) return [`${date}-01`, `${date}-31`];
  return [date, date];
}

/**
 * A record whose period ends on or before the end of the tally's period is before it; one that starts after
 * it is after it; a record dated only to a period that contains the tally's date ("2023" against "2023-06")
 * is neither: it straddles.
 */
export function positionAgainst(date: string, asOf: string): TallyPosition {
  const [start, end] = period(date);
  const tallyEnd = period(asOf)[1];
  if (end <= tallyEnd) return 'before';
  if (start > tallyEnd) return 'after';
  return 'straddles';
}

export interface Bounds {
  readonly lower: number;
  readonly upper: number;
}

export interface CoverageRange {
  /** Standardisation documents dated on or before the tally (lower: surely; upper: possibly). */
  readonly documents: Bounds;
  /** Distinct partners of those documents. */
  readonly partners: Bounds;
  /** Standardisation documents without a date, which cannot be placed. */
  readonly undated: number;
}

/**
 * Coverage of a tally as a range: the lower bound counts the standardisation records surely dated on or
 * before the tally's date, the upper bound adds those that straddle it (see `positionAgainst`).
 */
export function coverageRange(agreements: readonly Agreement[], asOf: string): CoverageRange {
  const standardisation = agreements.filter((agreement) => agreement.scope === 'standardisation');
  const surely: Agreement[] = [];
  const maybe: Agreement[] = [];
  let undated = 0;
  for (const agreement of standardisation) {
    const date = agreement.signed.date;
    if (date === null) {
      undated += 1;
      continue;
    }
    const position = positionAgainst(date, asOf);
    if (position === 'before') surely.push(agreement);
    else if (position === 'straddles') maybe.push(agreement);
  }
  const partnersOf = (items: readonly Agreement[]) =>
    new Set(items.flatMap((agreement) => agreement.partners.map((partner) => partner.code))).size;
  return {
    documents: { lower: surely.length, upper: surely.length + maybe.length },
    partners: { lower: partnersOf(surely), upper: partnersOf([...surely, ...maybe]) },
    undated,
  };
}
