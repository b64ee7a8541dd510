import type { IndicatorFilter, PlacementCount } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { agreementRowConditions } from './agreement-row-conditions.js';
import { readPartnerTest } from './partner-test.js';

/**
 * The agreements of a partition that pass an indicator filter, but for its year range, counted by
 * signature date and terminus ante quem (and the columns of `AgreementCount`), so that core can place each
 * row against a tally (see `PlacementCount`). The rows are as many as the distinct dates, not the
 * agreements.
 */
export async function countPlacements(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
): Promise<PlacementCount[]> {
  assertPartition(partition);
  const partners = await readPartnerTest(db, partition, filter);
  if (partners.jurisdictions?.length === 0) return [];
  const columns = [
    'signed_date',
    'signed_no_later_than',
    'signed_year',
    'type',
    'bri_framing',
    'verification',
  ] as const;
  const rows = await db
    .selectFrom('agreements')
    .select([...columns, (eb) => eb.fn.countAll().as('count')])
    .where((eb) => agreementRowConditions(eb, partition, filter, partners))
    .groupBy([...columns])
    .execute();
  return rows.map((row) => ({ ...row, count: Number(row.count) }));
}
