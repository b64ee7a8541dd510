import {
  tallyEnd,
  type CountNeed,
  type CountRows,
  type IndicatorFilter,
  type OfficialTallyRecord,
} from '@sco/core';
import type { Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { countPartnersOnOrBefore } from './count-partners.js';
import { readCountRows } from './read-count-rows.js';

/**
 * `readCountRows` (no breakdown) against each of several tallies, e.g. the coverage of every cumulative tally
 * of `/v1/tallies`: what does not depend on the tally — the agreement counts, the placements, the counts by
 * sector or partner — is read once for all of them, and only the partners on or before each tally's end
 * (`covered_partners`) are counted once per tally. The rows of each tally are those `readCountRows` gives
 * against it.
 */
export async function readCountRowsAgainst(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  needs: readonly CountNeed[],
  tallies: readonly OfficialTallyRecord[],
): Promise<CountRows[]> {
  if (tallies.length === 0) return [];
  const covered =
    needs.includes('covered_partners') && needs.includes('tally') && !needs.includes('partners');
  const shared = needs.filter((need) => need !== 'tally' && (need !== 'covered_partners' || !covered));
  const [rows, partners] = await Promise.all([
    readCountRows(db, partition, filter, null, shared),
    covered ? countPartnersOnOrBefore(db, partition, filter, tallies.map(tallyEnd)) : [],
  ]);
  return tallies.map((tally, at) => ({
    ...rows,
    partners: (covered ? partners[at] : undefined) ?? rows.partners,
    tally: needs.includes('tally') ? tally : null,
  }));
}
