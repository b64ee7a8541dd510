import { TABLE_NAMES, type Dataset } from '@sco/core';
import { ReleaseImmutableError } from '../errors/release-immutable-error.js';
import { assertPartition, DRAFT, type Partition } from '../partition/partition.js';
import { inTransaction, type Executor } from '../transaction.js';
import { deletePartition } from './delete-partition.js';
import { insertRows } from './insert-rows.js';
import { partitionRows } from './partition-rows.js';
import { FIRST_VERSIONS, type RecordVersions } from './record-versions.js';

/**
 * Replaces the content of a partition with a dataset, in one transaction: the low-level write under import
 * and tests. Records no change and creates no release. A published release cannot be rewritten
 * (ReleaseImmutableError). `versions` gives each aggregate root's version (1 by default).
 */
export async function writePartition(
  db: Executor,
  partition: Partition,
  dataset: Dataset,
  versions: RecordVersions = FIRST_VERSIONS,
): Promise<void> {
  assertPartition(partition);
  const rows = partitionRows(partition, dataset, versions);
  await inTransaction(db, async (trx) => {
    if (partition !== DRAFT) {
      const release = await trx
        .selectFrom('releases')
        .select('id')
        .where('id', '=', partition)
        .executeTakeFirst();
      if (release) throw new ReleaseImmutableError(partition);
    }
    await deletePartition(trx, partition);
    for (const table of TABLE_NAMES) await insertRows(trx, table, rows[table]);
  });
}
