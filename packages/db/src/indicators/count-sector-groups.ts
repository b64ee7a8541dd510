import { NO_SECTOR_KEY, type GroupCount, type IndicatorFilter } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import { parseDelimitedList } from '../search/delimited-list.js';
import type { Executor } from '../transaction.js';
import { agreementRowConditions } from './agreement-row-conditions.js';
import { fenced } from './fenced.js';
import { addTraits, traitColumns, traitCountsOf, traitSums } from './agreement-traits.js';
import { internationalBodies } from './international-bodies.js';
import { readPartnerTest, type PartnerTest } from './partner-test.js';

/** The sector groups of an agreement's sector list: those that pass the sector filter, or `none`. */
function sectorKeys(sectorCodes: string, filter: IndicatorFilter): string[] {
  const wanted = filter.sector === undefined ? null : new Set<string>(filter.sector);
  const sectors = parseDelimitedList(sectorCodes).filter((sector) => wanted === null || wanted.has(sector));
  return sectors.length > 0 ? sectors : [NO_SECTOR_KEY];
}

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
 * is in one row; the rows are then split by sector here and summed per sector and columns. The rows are as
 * many as the distinct sector lists (agreements name none to a few ICS fields) times the distinct years,
 * types, framings and levels.
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
  const groups = new Map<string, GroupCount>();
  for (const row of rows) {
    const rowTraits = traits ? traitCountsOf(row) : undefined;
    for (const key of sectorKeys(row.sector_codes, filter)) {
      const group = [key, row.signed_year, row.type, row.bri_framing, row.verification].join('|');
      const before = groups.get(group);
      const summed =
        rowTraits === undefined
          ? undefined
          : before?.traits === undefined
            ? rowTraits
            : addTraits(before.traits, rowTraits);
      groups.set(group, {
        key,
        signed_year: row.signed_year,
        type: row.type,
        bri_framing: row.bri_framing,
        verification: row.verification,
        count: (before?.count ?? 0) + Number(row.count),
        ...(summed === undefined ? {} : { traits: summed }),
      });
    }
  }
  return [...groups.values()];
}
