import type { TallyAggregate } from '../dataset/aggregates.js';
import type { Agreement } from '../dataset/assemble.js';
import type { Lang } from '../i18n/lang.js';
import type { ByBasis } from '../indicators/by-basis.js';
import { computeIndicator } from '../indicators/compute-indicator.js';
import { formatBasisRange } from '../indicators/format-range.js';
import { DEFAULT_INDICATOR_FILTER } from '../indicators/indicator-filter.js';
import type { IndicatorResult } from '../indicators/indicator-result.js';
import type { IndicatorValue } from '../indicators/indicator-value.js';
import type { CoverageRange } from '../indicators/coverage-range.js';
import { coverageByBasis } from '../indicators/tally-coverage-rows.js';
import type { CountsByBasis } from './indicator-bodies.js';
import { presentValues } from './present-indicator.js';
import type { TallyCoverageBody } from './tally-bodies.js';

/** The coverage indicator against each tally, per release's agreements (by identity): it is the same in every language. */
const computed = new WeakMap<readonly Agreement[], WeakMap<TallyAggregate, IndicatorResult>>();

function coverageAgainst(tally: TallyAggregate, agreements: readonly Agreement[]): IndicatorResult {
  let byTally = computed.get(agreements);
  if (!byTally) computed.set(agreements, (byTally = new WeakMap<TallyAggregate, IndicatorResult>()));
  const known = byTally.get(tally);
  if (known) return known;
  const outcome = computeIndicator('coverage', {
    agreements,
    tallies: [tally],
    filter: DEFAULT_INDICATOR_FILTER,
    group_by: null,
  });
  if (!outcome.ok) throw new Error(outcome.problem.message);
  byTally.set(tally, outcome.result);
  return outcome.result;
}

function counts(values: ByBasis<IndicatorValue>): CountsByBasis {
  return { verified: values.verified.n, verified_single: values.verified_single.n, all: values.all.n };
}

/**
 * The body beside a cumulative tally from the coverage indicator's result against that tally alone (on
 * headline scope, unfiltered; computed in JavaScript by `tallyCoverage`, or from counts by a database) and
 * the documents and partners as lower–upper bounds (`coverageByBasis`). Null for the other series and for a
 * claim without a document count, which are never compared with the dataset.
 */
export function presentTallyCoverage(
  tally: TallyAggregate,
  result: IndicatorResult,
  bounds: ByBasis<CoverageRange>,
  lang: Lang,
): TallyCoverageBody | null {
  if (!comparedWithData(tally)) return null;
  const { values, parts } = result.total;
  const part = (key: string) => {
    const found = parts.find((candidate) => candidate.key === key);
    if (!found) throw new Error(`the coverage indicator has no part "${key}"`);
    return found.values;
  };
  const partners = part('partners');
  return {
    scope: 'standardisation',
    agreements: counts(values),
    share: presentValues(values, 'share', lang),
    share_range: formatBasisRange(values, 'share', lang),
    partner_share: presentValues(partners, 'share', lang),
    partner_share_range: formatBasisRange(partners, 'share', lang),
    undated: counts(part('undated')),
    later: counts(part('later')),
    bounds,
  };
}

/** Whether a tally is compared with the dataset: a cumulative claim with a document count. */
export function comparedWithData(tally: Pick<TallyAggregate, 'series' | 'documents'>): boolean {
  return tally.series === 'cumulative' && tally.documents !== null;
}

/**
 * What the dataset documents beside a cumulative tally, worked out from a release's agreements: the coverage
 * indicator computed against this tally alone, on headline scope, unfiltered (kept per agreements array and
 * tally), and the documents and partners as lower–upper bounds. Null for the other series and for a claim
 * without a document count.
 */
export function tallyCoverage(
  tally: TallyAggregate,
  agreements: readonly Agreement[],
  lang: Lang,
): TallyCoverageBody | null {
  if (!comparedWithData(tally)) return null;
  return presentTallyCoverage(
    tally,
    coverageAgainst(tally, agreements),
    coverageByBasis(agreements, tally.as_of),
    lang,
  );
}
