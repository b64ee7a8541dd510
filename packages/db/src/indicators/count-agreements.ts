import type { AgreementCount, IndicatorFilter } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { agreementRowConditions } from './agreement-row-conditions.js';

/**
 * The agreements of a partition that pass an indicator filter, but for its year range, counted by
 * signature year, type, framing and verification level (see `AgreementCount`): a grouped query that reads
 * no agreement into memory. An agreement counts when it has a partner party; the partner filters are read
 * from its index columns, so at most one of `partner` and `region` may be given and `partner_kind` (a
 * party's institution kind) not at all — `isCountable` says which filters qualify.
 */
export async function countAgreements(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
): Promise<AgreementCount[]> {
  assertPartition(partition);
  if (filter.partner_kind !== undefined || (filter.partner !== undefined && filter.region !== undefined)) {
    throw new Error('partner_kind, and partner with region, are per party: count them from the agreements');
  }
  const rows = await db
    .selectFrom('agreements')
    .select(['signed_year', 'type', 'bri_framing', 'verification', (eb) => eb.fn.countAll().as('count')])
    .where((eb) => agreementRowConditions(eb, partition, filter))
    .groupBy(['signed_year', 'type', 'bri_framing', 'verification'])
    .execute();
  return rows.map((row) => ({
    signed_year: row.signed_year,
    type: row.type,
    bri_framing: row.bri_framing,
    verification: row.verification,
    count: Number(row.count),
  }));
}
