import { UNKNOWN_REGION_KEY, type IndicatorFilter, type InGroup, type PartnerCount } from '@sco/core';
import { sql, type RawBuilder, type SqlBool } from 'kysely';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { countByParty, type AgreementCondition } from './count-by-party.js';
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
  options: { also?: AgreementCondition; group?: RawBuilder<string> },
): Promise<(PartnerCount & { group?: string })[]> {
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
    options,
  );
  return rows.map((row) => ({ ...row, region: regionOf.get(row.key) ?? UNKNOWN_REGION_KEY }));
}

/** The date an agreement is placed by against a tally's end: its signature date, else its terminus ante quem. */
const placedBy = sql<string>`coalesce(${sql.ref('agreements.signed_date')}, ${sql.ref('agreements.signed_no_later_than')})`;

/**
 * On or before a day: signed in a period that starts by it, or undated with a terminus ante quem by it
 * (a date compares as text: "2016" and "2016-05" sort before "2016-12-31").
 */
const onOrBefore =
  (day: string): AgreementCondition =>
  () =>
    sql<SqlBool>`${placedBy} <= ${day}`;

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
  return partnerRows(db, partition, filter, {
    also: signedBy === undefined ? undefined : onOrBefore(signedBy),
  });
}

/** The fields of a partner row that the counts of several days are merged by. */
const rowKey = (row: PartnerCount) =>
  JSON.stringify([row.key, row.signed_year, row.type, row.bri_framing, row.verification]);

/**
 * `countPartners` on or before each of several days (e.g. the ends of every cumulative tally), in their
 * order, from one grouped query: each row also grouped by the first of the days (sorted) that its agreement
 * is on or before; a day's rows are those of its own and every earlier day, merged (an agreement falls on
 * one day only, so the distinct counts add up). The rows of each day are those `countPartners` gives with
 * it, in another order.
 */
export async function countPartnersOnOrBefore(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  days: readonly string[],
): Promise<PartnerCount[][]> {
  const sorted = [...new Set(days)].sort();
  const last = sorted.at(-1);
  if (last === undefined) return [];
  const first = sql<string>`case ${sql.join(
    sorted.map((day, at) => sql`when ${placedBy} <= ${day} then ${sql.lit(String(at))}`),
    sql` `,
  )} end`;
  const rows = await partnerRows(db, partition, filter, { group: first, also: onOrBefore(last) });
  const merged = sorted.map((day) => ({ day, rows: new Map<string, PartnerCount>() }));
  for (const { group, ...row } of rows) {
    const key = rowKey(row);
    for (const into of merged.slice(Number(group))) {
      const kept = into.rows.get(key);
      into.rows.set(key, kept === undefined ? row : { ...kept, count: kept.count + row.count });
    }
  }
  const rowsOf = new Map(merged.map(({ day, rows: byKey }) => [day, [...byKey.values()]]));
  return days.map((day) => rowsOf.get(day) ?? []);
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
