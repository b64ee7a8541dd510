import type { AggregateType, Change } from '@sco/core';
import { listChanges, type ChangeQuery, type Executor } from '@sco/db';

export interface ChangeEntry {
  readonly id: number;
  readonly record_type: AggregateType;
  readonly record_id: string;
  readonly kind: 'created' | 'updated' | 'deleted';
  readonly field: string | null;
  readonly old_value: unknown;
  readonly new_value: unknown;
  readonly actor: string;
  readonly at: string;
  readonly release_id: string | null;
}

export type ChangeFilter = Omit<ChangeQuery, 'limit' | 'after'>;

/** A change as the API shows it: the kind spelled out, old and new values as JSON rather than JSON text. */
export function changeEntry(change: Change): ChangeEntry {
  return {
    id: change.id,
    record_type: change.record_type,
    record_id: change.record_id,
    kind: change.field !== null ? 'updated' : change.old_value === null ? 'created' : 'deleted',
    field: change.field,
    old_value: change.old_value === null ? null : (JSON.parse(change.old_value) as unknown),
    new_value: change.new_value === null ? null : (JSON.parse(change.new_value) as unknown),
    actor: change.actor,
    at: change.at,
    release_id: change.release_id,
  };
}

export interface ChangeSlice {
  readonly items: readonly ChangeEntry[];
  /** The id of the last item when more follow. */
  readonly next: number | null;
}

/**
 * One page of the changelog, oldest first. With `releasedOnly`, unreleased changes are skipped: pages are
 * read until the page is full or the changelog ends (unreleased changes are the newest, so this reads past
 * them once, at the end).
 */
export async function readChanges(
  db: Executor,
  filter: ChangeFilter,
  page: { readonly limit: number; readonly after?: number | undefined; readonly releasedOnly: boolean },
): Promise<ChangeSlice> {
  const found: Change[] = [];
  let after = page.after;
  for (;;) {
    const chunk = await listChanges(db, {
      ...filter,
      limit: page.releasedOnly ? Math.max(page.limit, 100) : page.limit,
      ...(after === undefined ? {} : { after }),
    });
    found.push(...chunk.changes.filter((change) => !page.releasedOnly || change.release_id !== null));
    if (!page.releasedOnly) {
      return { items: found.map(changeEntry), next: chunk.next };
    }
    if (found.length > page.limit || chunk.next === null) break;
    after = chunk.next;
  }
  const items = found.slice(0, page.limit);
  const last = items.at(-1);
  return { items: items.map(changeEntry), next: found.length > page.limit && last ? last.id : null };
}
