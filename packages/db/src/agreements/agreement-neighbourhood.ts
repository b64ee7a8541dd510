import type { Dataset } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import { AGREEMENT_RECORD_COLUMNS } from '../rows/agreement-row.js';
import { tablesFromRows } from '../rows/tables-from-rows.js';
import type { Executor } from '../transaction.js';

/**
 * What one agreement's page needs from its partition, read by key instead of loading the partition: the
 * agreement with its parties, sources, provisions and relations; its parties' institutions; the
 * organisations (a small table, for the jurisdictions); the records of the agreements its relations point
 * at, and of those whose relations point at it, with those incoming relations. Related agreements come
 * without their own children: their page is not this one. Undefined when there is no such agreement.
 */
export async function loadAgreementNeighbourhood(
  db: Executor,
  partition: Partition,
  id: string,
): Promise<Dataset | undefined> {
  assertPartition(partition);
  const [row, parties, sources, provisions, outgoing, incoming, organisations] = await Promise.all([
    db
      .selectFrom('agreements')
      .select(AGREEMENT_RECORD_COLUMNS)
      .where('release_id', '=', partition)
      .where('id', '=', id)
      .executeTakeFirst(),
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
    db
      .selectFrom('relations')
      .selectAll()
      .where('release_id', '=', partition)
      .where('target_id', '=', id)
      .execute(),
    db.selectFrom('organisations').selectAll().where('release_id', '=', partition).execute(),
  ]);
  if (!row) return undefined;
  const institutionIds = [...new Set(parties.map((party) => party.institution_id))];
  const relatedIds = [
    ...new Set([...outgoing.map((r) => r.target_id), ...incoming.map((r) => r.agreement_id)]),
  ].filter((related) => related !== id);
  const [institutions, related] = await Promise.all([
    institutionIds.length === 0
      ? []
      : db
          .selectFrom('institutions')
          .selectAll()
          .where('release_id', '=', partition)
          .where('id', 'in', institutionIds)
          .execute(),
    relatedIds.length === 0
      ? []
      : db
          .selectFrom('agreements')
          .select(AGREEMENT_RECORD_COLUMNS)
          .where('release_id', '=', partition)
          .where('id', 'in', relatedIds)
          .execute(),
  ]);
  const relations = [...outgoing, ...incoming.filter((r) => r.agreement_id !== id)];
  return {
    version: partition,
    tables: tablesFromRows({
      organisations,
      institutions,
      agreements: [row, ...related],
      parties,
      sources,
      provisions,
      relations,
    }),
  };
}
