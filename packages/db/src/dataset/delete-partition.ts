import { TABLE_NAMES } from '@sco/core';
import type { Executor } from '../transaction.js';

/** Deletes every row of a partition, referencing tables first. */
export async function deletePartition(db: Executor, partition: string): Promise<void> {
  for (const table of [...TABLE_NAMES].reverse()) {
    await db.deleteFrom(table).where('release_id', '=', partition).execute();
  }
}
