import type { OrganisationRecord } from '@sco/core';
import { assertPartition, type Partition } from '../partition/partition.js';
import { fromOrganisationRow } from '../rows/organisation-row.js';
import type { Executor } from '../transaction.js';

/**
 * The organisations of a partition (a small reference table), by code: what resolving partner codes to
 * names needs, without loading the rest of the partition.
 */
export async function listOrganisations(db: Executor, partition: Partition): Promise<OrganisationRecord[]> {
  assertPartition(partition);
  const rows = await db
    .selectFrom('organisations')
    .selectAll()
    .where('release_id', '=', partition)
    .orderBy('code')
    .execute();
  return rows.map(fromOrganisationRow);
}
