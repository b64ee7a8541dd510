import type { Kysely } from 'kysely';
import type { DB } from '../schema/database.js';

/**
 * Deletes the memos that no process of this build reads: those of another generation kept more than
 * `graceMs` ago (during a rolling upgrade the previous build still reads its own for a while).
 */
export async function pruneMemos(
  db: Kysely<DB>,
  generation: string,
  now: Date,
  graceMs: number,
): Promise<number> {
  const before = new Date(now.getTime() - graceMs).toISOString();
  const result = await db
    .deleteFrom('release_memos')
    .where('generation', '<>', generation)
    .where('created_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
