import type { OfficialTallyRecord } from '../model/official-tally.js';
import { comparePartialDates, partialDatePeriod } from '../model/partial-date.js';
import type { TallyReference } from './indicator-result.js';

/**
 * The latest official tally of the `cumulative` series that gives a document count (ties broken by id),
 * or null. Other series (Belt and Road subset, flows, conformity assessment) are never compared with the
 * dataset.
 */
export function latestCumulativeTally<T extends OfficialTallyRecord>(tallies: readonly T[]): T | null {
  let latest: T | null = null;
  for (const tally of tallies) {
    if (tally.series !== 'cumulative' || tally.documents === null) continue;
    const order = latest === null ? 1 : comparePartialDates(tally.as_of, latest.as_of);
    if (latest === null || order > 0 || (order === 0 && tally.id > latest.id)) latest = tally;
  }
  return latest;
}

export function tallyReference(tally: OfficialTallyRecord): TallyReference {
  const { id, as_of, series, documents, partners, qualifier, claimant, verification } = tally;
  return { id, as_of, series, documents, partners, qualifier, claimant, verification };
}

/**
 * The last day of a tally's period (its `as_of` may be partial): an agreement is on or before the tally
 * (placed before it, or straddling it) when its signature date starts by that day, or, undated or
 * straddling, when its terminus ante quem is on or before it (see `placeAgainstTally`).
 */
export function tallyEnd(tally: OfficialTallyRecord): string {
  return partialDatePeriod(tally.as_of)[1];
}
