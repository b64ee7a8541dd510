import type { ChangeDraft } from '@sco/core';
import { insertRows } from '../dataset/insert-rows.js';
import type { Executor } from '../transaction.js';

/** Who made a change and when. */
export interface ChangeStamp {
  readonly actor: string;
  readonly now: Date;
}

/** Appends changes to the changelog, unreleased (release_id null), in the order given. */
export async function recordChanges(
  db: Executor,
  changes: readonly ChangeDraft[],
  stamp: ChangeStamp,
): Promise<void> {
  const at = stamp.now.toISOString();
  await insertRows(
    db,
    'changes',
    changes.map((change) => ({
      record_type: change.record_type,
      record_id: change.record_id,
      field: change.field,
      old_value: change.old_value,
      new_value: change.new_value,
      actor: stamp.actor,
      at,
      release_id: null,
    })),
  );
}
