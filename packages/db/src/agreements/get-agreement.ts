import { toAggregates, type AgreementAggregate } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import { AGREEMENT_RECORD_COLUMNS } from '../rows/agreement-row.js';
import { tablesFromRows } from '../rows/tables-from-rows.js';
import type { Executor } from '../transaction.js';

/** An agreement aggregate with its stored version (the edit counter that ETags and If-Match use). */
export interface StoredAgreement {
  readonly aggregate: AgreementAggregate;
  readonly version: number;
}

/** One agreement with its parties, sources, provisions and relations, or undefined when there is none. */
export async function getAgreement(
  db: Executor,
  partition: Partition,
  id: string,
): Promise<StoredAgreement | undefined> {
  assertPartition(partition);
  const row = await db
    .selectFrom('agreements')
    .select([...AGREEMENT_RECORD_COLUMNS, 'version'])
    .where('release_id', '=', partition)
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return undefined;
  const [parties, sources, provisions, relations] = await Promise.all([
    db
      .selectFrom('parties')
      .selectAll()
      .where('release_id', '=', partition)
      .where('agreement_id', '=', id)
      .execute(),
    db
      .selectFrom('sources')
      .selectAll()
      .where('release_id', '=', partition)
      .where('subject_type', '=', 'agreement')
      .where('subject_id', '=', id)
      .execute(),
    db
      .selectFrom('provisions')
      .selectAll()
      .where('release_id', '=', partition)
      .where('agreement_id', '=', id)
      .execute(),
    db
      .selectFrom('relations')
      .selectAll()
      .where('release_id', '=', partition)
      .where('agreement_id', '=', id)
      .execute(),
  ]);
  const tables = tablesFromRows({ agreements: [row], parties, sources, provisions, relations });
  const aggregate = toAggregates({ version: partition, tables }).agreement.get(id);
  return aggregate && { aggregate, version: row.version };
}
