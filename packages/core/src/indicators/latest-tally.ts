import type { TallyAggregate } from '../dataset/aggregates.js';
import { comparePartialDates } from '../model/partial-date.js';
import type { TallyReference } from './indicator-result.js';

/**
 * The latest official tally of the `cumulative` series that gives a document count (ties broken by id),
 * or null. Other series (Belt and Road subset, flows, conformity assessment) are never compared with the
 * dataset.
 */
export function latestCumulativeTally(tallies: readonly TallyAggregate[]): TallyAggregate | null {
  let latest: TallyAggregate | null = null;
  for (const tally of tallies) {
    if (tally.series !== 'cumulative' || tally.documents === null) continue;
    const order = latest === null ? 1 : comparePartialDates(tally.as_of, latest.as_of);
    if (latest === null || order > 0 || (order === 0 && tally.id > latest.id)) latest = tally;
  }
  return latest;
}

export function tallyReference(tally: TallyAggregate): TallyReference {
  const { id, as_of, series, documents, partners, qualifier, claimant, verification } = tally;
  return { id, as_of, series, documents, partners, qualifier, claimant, verification };
}
