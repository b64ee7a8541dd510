import type { AgreementCount, IndicatorFilter } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';
import { agreementRowConditions } from './agreement-row-conditions.js';
import { fenced } from './fenced.js';
import { traitColumns, traitCountsOf, traitSums } from './agreement-traits.js';
import { internationalBodies } from './international-bodies.js';
import { readPartnerTest } from './partner-test.js';

/** A row of the grouped query: the columns of the count, and the trait sums by name. */
type TraitRow = Omit<AgreementCount, 'count' | 'traits'> & { count: unknown } & Record<string, unknown>;

/**
 * `countAgreements` with the traits of the agreements counted (see `TraitCounts`): the same grouped query
 * over a derived table of the agreements that pass the filter, each with its trait columns read by key
 * from its provisions, relations and partner parties. No agreement is read into memory.
 */
export async function countAgreementTraits(
  db: Executor,
  partition: Partition,
  filter: IndicatorFilter,
): Promise<AgreementCount[]> {
  assertPartition(partition);
  const partners = await readPartnerTest(db, partition, filter);
  if (partners.jurisdictions?.length === 0) return [];
  const bodies = await internationalBodies(db, partition);
  const agreements = db
    .selectFrom('agreements')
    .select(['signed_year', 'type', 'bri_framing', 'verification', ...traitColumns(bodies)])
    .where((eb) => agreementRowConditions(eb, partition, filter, partners));
  const rows = await db
    .selectFrom(fenced(db, agreements).as('t'))
    .select((eb) => [
      't.signed_year',
      't.type',
      't.bri_framing',
      't.verification',
      eb.fn.countAll().as('count'),
      ...traitSums(),
    ])
    .groupBy(['t.signed_year', 't.type', 't.bri_framing', 't.verification'])
    .$castTo<TraitRow>()
    .execute();
  return rows.map((row) => ({
    signed_year: row.signed_year,
    type: row.type,
    bri_framing: row.bri_framing,
    verification: row.verification,
    count: Number(row.count),
    traits: traitCountsOf(row),
  }));
}
