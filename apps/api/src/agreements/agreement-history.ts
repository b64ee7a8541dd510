import { compareReleaseIds, type Change } from '@sco/core';
import { listChanges, type Db } from '@sco/db';
import type { ReadContext } from '../reading/read-context.js';
import type { HistoryEntry } from './agreement-detail.schemas.js';

const PAGE = 500;

function parse(value: string | null): unknown {
  return value === null ? null : JSON.parse(value);
}

function entry(change: Change): HistoryEntry {
  return {
    id: change.id,
    action: change.field !== null ? 'updated' : change.old_value === null ? 'created' : 'deleted',
    field: change.field,
    old_value: parse(change.old_value),
    new_value: parse(change.new_value),
    actor: change.actor,
    at: change.at,
    release_id: change.release_id,
  };
}

/**
 * The changes of an agreement record, oldest first, as a state sees them: a release sees the changes
 * released in it or in an earlier release; the draft sees all of them, unreleased ones included.
 */
export async function agreementHistory(db: Db, id: string, context: ReadContext): Promise<HistoryEntry[]> {
  const changes: Change[] = [];
  let after: number | undefined;
  do {
    const page = await listChanges(db.db, {
      record_type: 'agreement',
      record_id: id,
      limit: PAGE,
      ...(after === undefined ? {} : { after }),
    });
    changes.push(...page.changes);
    after = page.next ?? undefined;
  } while (after !== undefined);
  const visible =
    context.kind === 'draft'
      ? changes
      : changes.filter(
          (change) =>
            change.release_id !== null && compareReleaseIds(change.release_id, context.release.id) <= 0,
        );
  return visible.map(entry);
}
