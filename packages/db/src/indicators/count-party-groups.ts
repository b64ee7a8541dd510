import { UNKNOWN_REGION_KEY, type IndicatorFilter, type PartyGroupBy } from '@sco/core';
import { sql, type RawBuilder } from 'kysely';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { countByParty, type PartyCount } from './count-by-party.js';
import { internationalBodies } from './international-bodies.js';
import { jurisdictionsByRegion } from './jurisdictions-by-region.js';
import { partnerTest } from './partner-test.js';

/**
 * A party's region: a CASE over IN lists of its institution's jurisdiction (an index lookup per party on
 * both engines). Not a joined table of the jurisdictions: SQLite would loop over it outside the parties.
 */
function regionOf(regions: readonly [string, readonly string[]][]): RawBuilder<string> {
  const jurisdiction = sql.ref('institutions.jurisdiction');
  const cases = regions.map(
    ([region, codes]) => sql`when ${jurisdiction} in (${sql.join(codes)}) then ${region}`,
  );
  return sql<string>`case ${sql.join(cases, sql` `)} else ${UNKNOWN_REGION_KEY} end`;
}

/**
 * The agreements of a partition that pass an indicator filter, but for its year range, counted per group of
 * their partners (see `GroupCount`): by region (a partner's jurisdiction's region, or `unknown`) or by
 * partner kind (its institution's kind). One grouped query over the agreements joined to their partner
 * parties and institutions, each party checked against the partner filters (`partner`, `region`,
 * `partner_kind`: see `PartnerTest`) and each agreement counted once per group, with its traits when
 * `traits` (see `TraitCounts`); no row is read into memory but the jurisdictions' regions. With
 * `bySectorList`, grouped by the agreement's sector list too, given as each row's `group` (for
 * `countSectorsByGroup` to split by sector).
 */
export async function countPartyGroups(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  groupBy: PartyGroupBy,
  options: { traits?: boolean; bySectorList?: boolean } = {},
): Promise<PartyCount[]> {
  const { traits = false, bySectorList = false } = options;
  assertPartition(partition);
  const byRegion = await jurisdictionsByRegion(db, partition);
  const regions = [...byRegion].filter(([, codes]) => codes.length > 0);
  const partners = partnerTest(filter, byRegion);
  if (regions.length === 0 || partners.jurisdictions?.length === 0) return [];
  const key = groupBy === 'region' ? regionOf(regions) : sql<string>`${sql.ref('institutions.kind')}`;
  const traitsWith = traits ? await internationalBodies(db, partition) : undefined;
  const group = bySectorList ? sql<string>`${sql.ref('agreements.sector_codes')}` : undefined;
  return countByParty(db, partition, filter, partners, key, { traitsWith, group });
}
