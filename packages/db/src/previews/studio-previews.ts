import type { Executor } from '../transaction.js';

/** A studio preview as every process can rebuild it: the request and release it was made from. */
export interface StoredPreview {
  readonly token: string;
  readonly releaseId: string;
  /** The preview's request as JSON. */
  readonly request: string;
  /** Epoch milliseconds. */
  readonly expiresAt: number;
}

/** Stores a preview, dropping those that have expired. */
export async function saveStudioPreview(db: Executor, preview: StoredPreview, now: number): Promise<void> {
  await db.deleteFrom('studio_previews').where('expires_at', '<=', now).execute();
  await db
    .insertInto('studio_previews')
    .values({
      token: preview.token,
      release_id: preview.releaseId,
      request: preview.request,
      expires_at: preview.expiresAt,
    })
    .execute();
}

/** The preview of a token, or undefined when there is none or it has expired. */
export async function findStudioPreview(
  db: Executor,
  token: string,
  now: number,
): Promise<StoredPreview | undefined> {
  const row = await db
    .selectFrom('studio_previews')
    .selectAll()
    .where('token', '=', token)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return (
    row && {
      token: row.token,
      releaseId: row.release_id,
      request: row.request,
      expiresAt: Number(row.expires_at),
    }
  );
}
