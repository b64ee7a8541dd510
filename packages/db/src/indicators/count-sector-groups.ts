import type { GroupCount, IndicatorFilter, InGroup, PartyGroupBy } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { agreementRowConditions } from './agreement-row-conditions.js';
import { fenced } from './fenced.js';
import { traitColumns, traitCountsOf, traitSums } from './agreement-traits.js';
import { countPartyGroups } from './count-party-groups.js';
import { internationalBodies } from './international-bodies.js';
import { readPartnerTest, type PartnerTest } from './partner-test.js';
import { splitSectorLists } from './sector-lists.js';

const COLUMNS = ['sector_codes', 'signed_year', 'type', 'bri_framing', 'verification'] as const;

/** A row of the grouped query: the sector list, the columns of the count, and any trait sums by name. */
type SectorRow = Omit<GroupCount, 'key' | 'count' | 'traits'> & {
  sector_codes: string;
  count: unknown;
} & Record<string, unknown>;

/** The grouped rows by sector list, with the trait sums over a derived table when `traits`. */
async function sectorListRows(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  partners: PartnerTest,
  traits: boolean,
): Promise<SectorRow[]> {
  if (!traits) {
    return db
      .selectFrom('agreements')
      .select([...COLUMNS, (eb) => eb.fn.countAll().as('count')])
      .where((eb) => agreementRowConditions(eb, partition, filter, partners))
      .groupBy([...COLUMNS])
      .$castTo<SectorRow>()
      .execute();
  }
  const agreements = db
    .selectFrom('agreements')
    .select([...COLUMNS, ...traitColumns(await internationalBodies(db, partition))])
    .where((eb) => agreementRowConditions(eb, partition, filter, partners));
  return db
    .selectFrom(fenced(db, agreements).as('t'))
    .select((eb) => [
      ...COLUMNS.map((column) => `t.${column}` as const),
      eb.fn.countAll().as('count'),
      ...traitSums(),
    ])
    .groupBy(COLUMNS.map((column) => `t.${column}` as const))
    .$castTo<SectorRow>()
    .execute();
}

/**
 * The agreements of a partition that pass an indicator filter, but for its year range, counted per sector
 * (see `GroupCount`): each in every one of its sectors that passes the sector filter, or in `none` when it
 * names none, with its traits when `traits` (see `TraitCounts`). One grouped query by the sector list (an
 * index column, sorted and without duplicates) and the columns of `AgreementCount`, so that each agreement
 * is in one row; the rows are then split by sector here and summed per sector and columns
 * (`splitSectorLists`). The rows are as many as the distinct sector lists (agreements name none to a few
 * ICS fields) times the distinct years, types, framings and levels.
 */
export async function countSectorGroups(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  traits = false,
): Promise<GroupCount[]> {
  assertPartition(partition);
  const partners = await readPartnerTest(db, partition, filter);
  if (partners.jurisdictions?.length === 0) return [];
  const rows = await sectorListRows(db, partition, filter, partners, traits);
  return splitSectorLists(
    rows,
    filter,
    (row) => row.sector_codes,
    (row, key) => ({
      key,
      signed_year: row.signed_year,
      type: row.type,
      bri_framing: row.bri_framing,
      verification: row.verification,
      count: Number(row.count),
      ...(traits ? { traits: traitCountsOf(row) } : {}),
    }),
  );
}

/**
 * `countSectorGroups` within each group of a breakdown by region or partner kind (core's `InGroup`): the
 * keyed groups' query (`countPartyGroups`) grouped by the sector list too, each agreement counted once per
 * group and list, then split by sector the same way. A sector's count in a group is the number of the
 * group's agreements (those with a partner party in it) that have the sector.
 */
export async function countSectorsByGroup(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  groupBy: PartyGroupBy,
): Promise<InGroup<GroupCount>[]> {
  const rows = await countPartyGroups(db, partition, filter, groupBy, { bySectorList: true });
  return splitSectorLists(
    rows,
    filter,
    (row) => row.group ?? '',
    ({ key, ...row }, sector) => ({ ...row, key: sector, group: key }),
  );
}
