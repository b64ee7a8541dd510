import { diffAggregates, toAggregates, type ChangeDraft, type HardConnectivityRecord } from '@sco/core';
import { recordChanges, type ChangeStamp } from '../changes/record-changes.js';
import { loadDataset } from '../dataset/load-dataset.js';
import { loadVersions, versionsAfter } from '../dataset/record-versions.js';
import { writePartition } from '../dataset/write-partition.js';
import { lockDraft } from '../partition/lock-draft.js';
import { DRAFT } from '../partition/partition.js';
import { inBulkTransaction } from '../bulk-transaction.js';
import type { Executor } from '../transaction.js';

/**
 * Replaces the draft's hard-connectivity rows with `records`, in one transaction under the import bound
 * (see inBulkTransaction), recording each created, changed or deleted partner-year in the changelog. The
 * rows reach the public with the next release, like any other edit of the draft.
 */
export async function replaceHardConnectivity(
  db: Executor,
  records: readonly HardConnectivityRecord[],
  stamp: ChangeStamp,
): Promise<readonly ChangeDraft[]> {
  return await inBulkTransaction(db, async (trx) => {
    await lockDraft(trx);
    const draft = await loadDataset(trx, DRAFT);
    const next = { ...draft, tables: { ...draft.tables, hard_connectivity: records } };
    const changes = diffAggregates(toAggregates(draft), toAggregates(next));
    const versions = versionsAfter(await loadVersions(trx, DRAFT), changes);
    await writePartition(trx, DRAFT, next, versions);
    await recordChanges(trx, changes, stamp);
    return changes;
  });
}
