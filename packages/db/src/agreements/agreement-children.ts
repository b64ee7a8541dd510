import type { Dataset } from '@sco/core';
import { insertRows } from '../dataset/insert-rows.js';
import { toPartyRow } from '../rows/party-row.js';
import { toProvisionRow } from '../rows/provision-row.js';
import { toRelationRow } from '../rows/relation-row.js';
import { toSourceRow } from '../rows/source-row.js';
import type { Executor } from '../transaction.js';

/** Deletes the rows an agreement owns: its provisions, outgoing relations, parties and sources. */
export async function deleteAgreementChildren(db: Executor, partition: string, id: string): Promise<void> {
  await db
    .deleteFrom('provisions')
    .where('release_id', '=', partition)
    .where('agreement_id', '=', id)
    .execute();
  await db
    .deleteFrom('relations')
    .where('release_id', '=', partition)
    .where('agreement_id', '=', id)
    .execute();
  await db.deleteFrom('parties').where('release_id', '=', partition).where('agreement_id', '=', id).execute();
  await db
    .deleteFrom('sources')
    .where('release_id', '=', partition)
    .where('subject_type', '=', 'agreement')
    .where('subject_id', '=', id)
    .execute();
}

/** Inserts the child rows of an agreement (see `agreementTables`). */
export async function insertAgreementChildren(
  db: Executor,
  partition: string,
  tables: Dataset['tables'],
): Promise<void> {
  await insertRows(
    db,
    'parties',
    tables.parties.map((p) => toPartyRow(partition, p)),
  );
  await insertRows(
    db,
    'sources',
    tables.sources.map((s) => toSourceRow(partition, s)),
  );
  await insertRows(
    db,
    'provisions',
    tables.provisions.map((p) => toProvisionRow(partition, p)),
  );
  await insertRows(
    db,
    'relations',
    tables.relations.map((r) => toRelationRow(partition, r)),
  );
}
