import { UNKNOWN_REGION_KEY, type IndicatorFilter, type PartnerCount } from '@sco/core';
import { sql } from 'kysely';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { countByParty } from './count-by-party.js';
import { jurisdictionsByRegion } from './jurisdictions-by-region.js';
import { partnerTest } from './partner-test.js';

/**
 * The agreements of a partition that pass an indicator filter, but for its year range, counted per partner
 * (see `PartnerCount`): each jurisdiction of their partner parties that pass the partner filters, with its
 * region. With `signedBy` (a full date), only the agreements on or before that day: signed in a period that
 * starts by it, or undated with a terminus ante quem by it (core's placement "before" or "straddles" of a
 * tally whose period ends that day). The rows are as many as the partners times years, types, framings and
 * levels.
 */
export async function countPartners(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  signedBy?: string,
): Promise<PartnerCount[]> {
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
