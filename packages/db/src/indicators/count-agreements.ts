import type { AgreementCount, IndicatorFilter } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { agreementRowConditions } from './agreement-row-conditions.js';
import { readPartnerTest, type PartnerTest } from './partner-test.js';

/** The grouped query of `countAgreements`, given the filter's partner test. */
export function agreementCountsQuery(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
  partners: PartnerTest,
) {
  return db
    .selectFrom('agreements')
    .select(['signed_year', 'type', 'bri_framing', 'verification', (eb) => eb.fn.countAll().as('count')])
    .where((eb) => agreementRowConditions(eb, partition, filter, partners))
    .groupBy(['signed_year', 'type', 'bri_framing', 'verification']);
}

/**
 * The agreements of a partition that pass an indicator filter, but for its year range, counted by
 * signature year, type, framing and verification level (see `AgreementCount`): a grouped query that reads
 * no agreement into memory. An agreement counts when it has a partner party, and one that passes every
 * partner filter when some are given (see `agreementRowConditions`).
 */
export async function countAgreements(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
): Promise<AgreementCount[]> {
  assertPartition(partition);
  const partners = await readPartnerTest(db, partition, filter);
  if (partners.jurisdictions?.length === 0) return [];
  const rows = await agreementCountsQuery(db, partition, filter, partners).execute();
  return rows.map((row) => ({
    signed_year: row.signed_year,
    type: row.type,
    bri_framing: row.bri_framing,
    verification: row.verification,
    count: Number(row.count),
  }));
}
