import {
  isPartyGroupBy,
  tallyEnd,
  type CountNeed,
  type CountRows,
  type GroupBy,
  type GroupCount,
  type IndicatorFilter,
  type OfficialTallyRecord,
} from '@sco/core';
import type { Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { countAgreementTraits } from './count-agreement-traits.js';
import { countAgreements } from './count-agreements.js';
import { countPartners, countPartnersByGroup } from './count-partners.js';
import { countPartyGroups } from './count-party-groups.js';
import { countPlacements } from './count-placements.js';
import { countSectorGroups, countSectorsByGroup } from './count-sector-groups.js';
import { readLatestTally } from './latest-tally.js';

function keyedGroups(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
  traits: boolean,
): Promise<GroupCount[]> {
  if (isPartyGroupBy(groupBy)) return countPartyGroups(db, partition, filter, groupBy, { traits });
  if (groupBy === 'sector') return countSectorGroups(db, partition, filter, traits);
  return Promise.resolve([]);
}

/**
 * The count rows of an indicator computed from counts (core's `countedIndicator`): the agreement counts
 * and the keyed groups of a breakdown by region, partner kind or sector (both with their traits when
 * `needs` has them), and what `needs` (core's `countNeeds`) names: the counts by partner (of the agreements on or
 * before the latest tally for coverage), by sector, by signature date, and the tally; by a keyed breakdown,
 * the counts by partner (by partner kind or sector) and by sector (by region or partner kind) within each
 * group too (core's `InGroup`), when the indicator reads them. Grouped queries run side by side; the
 * partners of coverage wait for the tally. `against` names the tally to count coverage against instead of the
 * latest cumulative one (e.g. each tally of `/v1/tallies`).
 */
export async function readCountRows(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  groupBy: GroupBy | null,
  needs: readonly CountNeed[],
  against?: OfficialTallyRecord,
): Promise<CountRows> {
  const none = Promise.resolve([]);
  const tally = !needs.includes('tally')
    ? Promise.resolve(null)
    : against !== undefined
      ? Promise.resolve(against)
      : readLatestTally(db, partition);
  const coveredPartners = async () => {
    const latest = await tally;
    return latest === null ? [] : countPartners(db, partition, filter, tallyEnd(latest));
  };
  const partnersByGroup = needs.includes('partners') && (groupBy === 'partner_kind' || groupBy === 'sector');
  const sectorsByGroup = needs.includes('sectors') && isPartyGroupBy(groupBy);
  const [counts, groups, partners, sectors, placements, groupPartners, groupSectors] = await Promise.all([
    needs.includes('traits')
      ? countAgreementTraits(db, partition, filter)
      : countAgreements(db, partition, filter),
    keyedGroups(db, partition, filter, groupBy, needs.includes('traits')),
    needs.includes('partners')
      ? countPartners(db, partition, filter)
      : needs.includes('covered_partners')
        ? coveredPartners()
        : none,
    needs.includes('sectors') ? countSectorGroups(db, partition, filter) : none,
    needs.includes('placements') ? countPlacements(db, partition, filter) : none,
    partnersByGroup ? countPartnersByGroup(db, partition, filter, groupBy) : none,
    sectorsByGroup ? countSectorsByGroup(db, partition, filter, groupBy) : none,
  ]);
  return {
    counts,
    groups,
    partners,
    sectors,
    placements,
    group_partners: groupPartners,
    group_sectors: groupSectors,
    tally: await tally,
  };
}
