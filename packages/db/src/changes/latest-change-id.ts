import type { Executor } from '../transaction.js';

/**
 * The id of the newest change entry, 0 when there is none. Every edit adds entries, so this number names a
 * state of the draft: caches and ETags of draft views are keyed by it.
 */
export async function latestChangeId(db: Executor): Promise<number> {
  const row = await db
    .selectFrom('changes')
    .select((eb) => eb.fn.max<number | string | null>('id').as('latest'))
    .executeTakeFirst();
  // PostgreSQL may return a bigint aggregate as text.
  return Number(row?.latest ?? 0);
}
