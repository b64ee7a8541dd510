import { UNKNOWN_REGION_KEY, type IndicatorFilter, type InGroup, type PartnerCount } from '@sco/core';
import { sql, type RawBuilder } from 'kysely';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { countByParty } from './count-by-party.js';
import { jurisdictionsByRegion } from './jurisdictions-by-region.js';
import { partnerTest } from './partner-test.js';
import { splitSectorLists } from './sector-lists.js';

/** The keyed breakdowns whose groups the per-partner counts are split by (by region, the row's region). */
export type PartnerGroupBy = 'partner_kind' | 'sector';

/** The per-partner grouped query (and per group, with `group`), each row with its partner's region. */
async function partnerRows(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  options: { signedBy?: string; group?: RawBuilder<string> },
): Promise<(PartnerCount & { group?: string })[]> {
  const { signedBy, group } = options;
  assertPartition(partition);
  const byRegion = await jurisdictionsByRegion(db, partition);
  const partners = partnerTest(filter, byRegion);
  if (partners.jurisdictions?.length === 0) return [];
  const regionOf = new Map<string, string>();
  for (const [region, codes] of byRegion) for (const code of codes) regionOf.set(code, region);
  const rows = await countByParty(
    db,
    partition,
    filter,
    partners,
    sql<string>`${sql.ref('institutions.jurisdiction')}`,
    {
      group,
      also:
        signedBy === undefined
          ? undefined
          : (eb) =>
              eb.or([
                eb.and([
                  eb('agreements.signed_date', 'is not', null),
                  eb('agreements.signed_date', '<=', signedBy),
                ]),
                eb.and([
                  eb('agreements.signed_date', 'is', null),
                  eb('agreements.signed_no_later_than', '<=', signedBy),
                ]),
              ]),
    },
  );
  return rows.map((row) => ({ ...row, region: regionOf.get(row.key) ?? UNKNOWN_REGION_KEY }));
}

/**
 * The agreements of a partition that pass an indicator filter, but for its year range, counted per partner
 * (see `PartnerCount`): each jurisdiction of their partner parties that pass the partner filters, with its
 * region. With `signedBy` (a full date), only the agreements on or before that day: signed in a period that
 * starts by it, or undated with a terminus ante quem by it (core's placement "before" or "straddles" of a
 * tally whose period ends that day). The rows are as many as the partners times years, types, framings and
 * levels.
 */
export function countPartners(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  signedBy?: string,
): Promise<PartnerCount[]> {
  return partnerRows(db, partition, filter, { signedBy });
}

/**
 * `countPartners` within each group of a breakdown by partner kind or sector (core's `InGroup`): by
 * partner kind, a partner counted over its parties of each kind (one grouped query by jurisdiction and
 * kind); by sector, over the agreements with each sector (grouped by jurisdiction and sector list, then
 * split by sector as `countSectorGroups` does).
 */
export async function countPartnersByGroup(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  groupBy: PartnerGroupBy,
): Promise<InGroup<PartnerCount>[]> {
  const column = groupBy === 'sector' ? 'agreements.sector_codes' : 'institutions.kind';
  const rows = await partnerRows(db, partition, filter, { group: sql<string>`${sql.ref(column)}` });
  if (groupBy === 'partner_kind') return rows.map(({ group, ...row }) => ({ ...row, group: group ?? '' }));
  return splitSectorLists(
    rows,
    filter,
    (row) => row.group ?? '',
    (row, sector) => ({ ...row, group: sector }),
  );
}
