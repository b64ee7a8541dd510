import { DRAFT, type Partition } from '../partition/partition.js';
import type { Executor } from '../transaction.js';

/** Where a value came from: the memo of the release, or computed now. */
export type MemoOrigin = 'memo' | 'computed';

/** The value kept for a release, generation and key, or undefined. */
export async function findMemo<T>(
  db: Executor,
  release: string,
  generation: string,
  key: string,
): Promise<T | undefined> {
  const row = await db
    .selectFrom('release_memos')
    .select('value')
    .where('release_id', '=', release)
    .where('generation', '=', generation)
    .where('key', '=', key)
    .executeTakeFirst();
  return row && (JSON.parse(row.value) as T);
}

/** Keeps a value; when another process kept one under the key first, that one stays. */
export async function keepMemo(
  db: Executor,
  release: string,
  generation: string,
  key: string,
  value: unknown,
): Promise<void> {
  await db
    .insertInto('release_memos')
    .values({
      release_id: release,
      generation,
      key,
      value: JSON.stringify(value),
      created_at: new Date().toISOString(),
    })
    .onConflict((conflict) => conflict.doNothing())
    .execute();
}

/**
 * A value computed once per published release and `generation` (the code that computes it: the API passes
 * its build id) and read by key from then on, by every process: `compute` runs when no process has kept
 * the key yet. A release never changes, so the value never goes stale; the draft changes with every edit
 * and is always computed. Two processes computing one key at once both compute it; the first kept stays.
 * The value must survive JSON (plain objects, arrays, strings, finite numbers, booleans, null).
 */
export async function readMemo<T>(
  db: Executor,
  partition: Partition,
  generation: string,
  key: string,
  compute: () => Promise<T>,
): Promise<{ value: T; origin: MemoOrigin }> {
  if (partition === DRAFT) return { value: await compute(), origin: 'computed' };
  const kept = await findMemo<T>(db, partition, generation, key);
  if (kept !== undefined) return { value: kept, origin: 'memo' };
  const value = await compute();
  await keepMemo(db, partition, generation, key, value);
  return { value, origin: 'computed' };
}
