import type { AggregateType, Change } from '@sco/core';
import type { Executor } from '../transaction.js';

export interface ChangeQuery {
  /** Changes made at or after this ISO 8601 instant (compared as text, so give it in UTC as stored). */
  readonly since?: string;
  readonly record_type?: AggregateType;
  readonly record_id?: string;
  readonly field?: string;
  /** Changes released in this release; null for the changes not released yet. */
  readonly release_id?: string | null;
  readonly limit: number;
  /** Cursor: the id of the last change of the previous page. */
  readonly after?: number;
}

export interface ChangePage {
  /** Oldest first (by id). */
  readonly changes: readonly Change[];
  /** The cursor of the next page, or null on the last page. */
  readonly next: number | null;
}

/** Reads the changelog, oldest first, one page at a time. */
export async function listChanges(db: Executor, query: ChangeQuery): Promise<ChangePage> {
  let select = db.selectFrom('changes').selectAll();
  if (query.since !== undefined) select = select.where('at', '>=', query.since);
  if (query.record_type !== undefined) select = select.where('record_type', '=', query.record_type);
  if (query.record_id !== undefined) select = select.where('record_id', '=', query.record_id);
  if (query.field !== undefined) select = select.where('field', '=', query.field);
  if (query.release_id === null) select = select.where('release_id', 'is', null);
  else if (query.release_id !== undefined) select = select.where('release_id', '=', query.release_id);
  if (query.after !== undefined) select = select.where('id', '>', query.after);
  const rows = await select
    .orderBy('id')
    .limit(query.limit + 1)
    .execute();
  const page = rows.slice(0, query.limit);
  const last = page.at(-1);
  return { changes: page, next: rows.length > query.limit && last ? last.id : null };
}
