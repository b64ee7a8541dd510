import { diffRecord, type AgreementAggregate, type ChangeDraft } from '@sco/core';
import { recordChanges } from '../changes/record-changes.js';
import { insertRows } from '../dataset/insert-rows.js';
import { StaleVersionError } from '../errors/stale-version-error.js';
import { lockDraft } from '../partition/lock-draft.js';
import { DRAFT } from '../partition/partition.js';
import { toAgreementRow } from '../rows/agreement-row.js';
import { indexAgreement } from '../search/index-agreement.js';
import { inTransaction, type Executor } from '../transaction.js';
import { deleteAgreementChildren, insertAgreementChildren } from './agreement-children.js';
import { agreementTables, canonicalAgreement } from './agreement-tables.js';
import type { EditOptions } from './edit-options.js';
import { getAgreement } from './get-agreement.js';
import { loadIndexContext } from './load-index-context.js';

export interface EditResult {
  /** The agreement's version after the edit (unchanged when the edit changed nothing). */
  readonly version: number;
  /** The changes recorded, field by field. */
  readonly changes: readonly ChangeDraft[];
}

/**
 * Creates or replaces an agreement aggregate in the draft, in one transaction: records one change per
 * changed field (or one for the creation) and bumps the version. Saving identical content changes nothing.
 * The parties' institutions must exist in the draft (the database's foreign keys check it).
 */
export function saveAgreement(
  db: Executor,
  agreement: AgreementAggregate,
  options: EditOptions,
): Promise<EditResult> {
  const { id } = agreement;
  return inTransaction(db, async (trx) => {
    await lockDraft(trx);
    const current = await getAgreement(trx, DRAFT, id);
    const { expectedVersion } = options;
    if (expectedVersion !== undefined && expectedVersion !== (current?.version ?? 0)) {
      throw new StaleVersionError('agreement', id, expectedVersion, current?.version ?? null);
    }
    const next = canonicalAgreement(agreement);
    const changes = diffRecord('agreement', id, current && { ...current.aggregate }, { ...next });
    if (current && changes.length === 0) return { version: current.version, changes };

    const version = (current?.version ?? 0) + 1;
    const row = toAgreementRow(
      DRAFT,
      next,
      version,
      indexAgreement(next, await loadIndexContext(trx, DRAFT, next)),
    );
    if (current) {
      await deleteAgreementChildren(trx, DRAFT, id);
      const { release_id: _partition, id: _id, ...values } = row;
      const updated = await trx
        .updateTable('agreements')
        .set(values)
        .where('release_id', '=', DRAFT)
        .where('id', '=', id)
        .where('version', '=', current.version)
        .executeTakeFirst();
      if (updated.numUpdatedRows !== 1n) throw new StaleVersionError('agreement', id, current.version, null);
    } else {
      await insertRows(trx, 'agreements', [row]);
    }
    await insertAgreementChildren(trx, DRAFT, agreementTables(next));
    await recordChanges(trx, changes, options);
    return { version, changes };
  });
}
