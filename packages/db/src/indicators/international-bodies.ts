import { listOrganisations } from '../organisations/list-organisations.js';
import type { Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';

/** The codes of a partition's organisations that are international bodies (core's `isAnchored`). */
export async function internationalBodies(db: Executor, partition: Partition): Promise<string[]> {
  return (await listOrganisations(db, partition))
    .filter((organisation) => organisation.international_body)
    .map((organisation) => organisation.code);
}
