import { diffRecord, type ChangeDraft } from '@sco/core';
import { recordChanges } from '../changes/record-changes.js';
import { AgreementNotFoundError } from '../errors/agreement-not-found-error.js';
import { AgreementReferencedError } from '../errors/agreement-referenced-error.js';
import { StaleVersionError } from '../errors/stale-version-error.js';
import { lockDraft } from '../partition/lock-draft.js';
import { DRAFT } from '../partition/partition.js';
import { inTransaction, type Executor } from '../transaction.js';
import { deleteAgreementChildren } from './agreement-children.js';
import type { EditOptions } from './edit-options.js';
import { getAgreement } from './get-agreement.js';

/**
 * Deletes an agreement and the rows it owns from the draft, in one transaction, and records the deletion.
 * Fails with AgreementNotFoundError when there is none, StaleVersionError when `expectedVersion` is not the
 * stored version, and AgreementReferencedError while other agreements' relations point at it.
 */
export function deleteAgreement(
  db: Executor,
  id: string,
  options: EditOptions,
): Promise<{ readonly changes: readonly ChangeDraft[] }> {
  return inTransaction(db, async (trx) => {
    await lockDraft(trx);
    const current = await getAgreement(trx, DRAFT, id);
    if (!current) throw new AgreementNotFoundError(id, DRAFT);
    if (options.expectedVersion !== undefined && options.expectedVersion !== current.version) {
      throw new StaleVersionError('agreement', id, options.expectedVersion, current.version);
    }
    const referrers = await trx
      .selectFrom('relations')
      .select('agreement_id')
      .distinct()
      .where('release_id', '=', DRAFT)
      .where('target_id', '=', id)
      .where('agreement_id', '<>', id)
      .orderBy('agreement_id')
      .execute();
    if (referrers.length > 0) {
      throw new AgreementReferencedError(
        id,
        referrers.map((r) => r.agreement_id),
      );
    }

    await deleteAgreementChildren(trx, DRAFT, id);
    await trx.deleteFrom('agreements').where('release_id', '=', DRAFT).where('id', '=', id).execute();
    const changes = diffRecord('agreement', id, { ...current.aggregate }, undefined);
    await recordChanges(trx, changes, options);
    return { changes };
  });
}
