import type { Release } from '@sco/core';
import type { Transaction } from 'kysely';
import { copyPartition } from '../dataset/copy-partition.js';
import { DRAFT } from '../partition/partition.js';
import type { DB } from '../schema/database.js';

export interface ReleaseInput {
  readonly id: string;
  readonly notes: string;
  readonly actor: string;
  readonly now: Date;
}

/**
 * Publishes the draft as a release, without checks (the callers make them): records the release, copies
 * the draft partition into the release's partition and stamps the unreleased changes with its id. Returns
 * the release and how many changes it stamped.
 */
export async function publishRelease(
  trx: Transaction<DB>,
  input: ReleaseInput,
): Promise<{ release: Release; changes: number }> {
  const { max } = await trx
    .selectFrom('releases')
    .select((eb) => eb.fn.max<number | null>('seq').as('max'))
    .executeTakeFirstOrThrow();
  const release: Release = {
    id: input.id,
    published_at: input.now.toISOString(),
    published_by: input.actor,
    notes: input.notes,
  };
  await trx
    .insertInto('releases')
    .values({ ...release, seq: (max ?? 0) + 1 })
    .execute();
  await copyPartition(trx, DRAFT, input.id);
  const stamped = await trx
    .updateTable('changes')
    .set({ release_id: input.id })
    .where('release_id', 'is', null)
    .executeTakeFirst();
  return { release, changes: Number(stamped.numUpdatedRows) };
}
