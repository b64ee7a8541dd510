import { includedIn } from '../vocabulary/verification.js';
import { byBasis, type ByBasis } from './by-basis.js';
import type { CoverageInput } from './coverage-input.js';
import { coverageRange, type Bounds, type CoverageRange } from './coverage-range.js';

/** What an official tally needs to be compared with the data. */
export interface ComparableTally {
  readonly series: string;
  readonly as_of: string;
  readonly documents: number | null;
}

/** How far each bound moved since an earlier release (now minus then). */
export interface CoverageChange {
  readonly documents: Bounds;
  readonly partners: Bounds;
  readonly undated: number;
}

export interface TallyCoverageRow<T extends ComparableTally> {
  readonly tally: T;
  /** Documents and partners identified up to the tally's date, at each verification basis. */
  readonly bounds: ByBasis<CoverageRange>;
  /** The change since the earlier release given, at each basis; null when none was given. */
  readonly change: ByBasis<CoverageChange> | null;
}

/** Coverage worked out per release's agreements (by identity) and date: every output asks for the same tallies. */
const computed = new WeakMap<readonly CoverageInput[], Map<string, ByBasis<CoverageRange>>>();

/**
 * The coverage of one tally's date at each verification basis (verified, + single-source, all), worked out
 * once per agreements array and date (the result is frozen: it is shared).
 */
export function coverageByBasis(agreements: readonly CoverageInput[], asOf: string): ByBasis<CoverageRange> {
  let byDate = computed.get(agreements);
  if (!byDate) computed.set(agreements, (byDate = new Map<string, ByBasis<CoverageRange>>()));
  const known = byDate.get(asOf);
  if (known) return known;
  const coverage = deepFreeze(
    byBasis((basis) =>
      coverageRange(
        agreements.filter((agreement) => includedIn(basis, agreement.verification)),
        asOf,
      ),
    ),
  );
  byDate.set(asOf, coverage);
  return coverage;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

const minus = (now: Bounds, then: Bounds): Bounds => ({
  lower: now.lower - then.lower,
  upper: now.upper - then.upper,
});

/**
 * The one computation behind `sco data coverage`, the overview brief's "Coverage and sources" and the
 * landing page's table: every official tally of the cumulative series that gives a document count, oldest
 * first, with the documents and partners identified up to its date as lower–upper bounds at each
 * verification basis, and, when the agreements of an earlier release are given, the change of each bound.
 */
export function tallyCoverageRows<T extends ComparableTally>(
  tallies: readonly T[],
  agreements: readonly CoverageInput[],
  earlier?: readonly CoverageInput[],
): TallyCoverageRow<T>[] {
  return tallies
    .filter((tally) => tally.series === 'cumulative' && tally.documents !== null)
    .sort((a, b) => (a.as_of < b.as_of ? -1 : a.as_of > b.as_of ? 1 : 0))
    .map((tally) => {
      const bounds = coverageByBasis(agreements, tally.as_of);
      if (earlier === undefined) return { tally, bounds, change: null };
      const then = coverageByBasis(earlier, tally.as_of);
      const change = byBasis((basis) => ({
        documents: minus(bounds[basis].documents, then[basis].documents),
        partners: minus(bounds[basis].partners, then[basis].partners),
        undated: bounds[basis].undated - then[basis].undated,
      }));
      return { tally, bounds, change };
    });
}
