import { AGGREGATE_TYPES, type AggregateType, type Change } from '@sco/core';
import { listChanges, type Executor } from '@sco/db';

/** How many records of one type a release created, updated and deleted. */
export interface RecordCounts {
  readonly created: number;
  readonly updated: number;
  readonly deleted: number;
}

/** An agreement a release created, as it stood when the release went out. */
export interface CreatedAgreement {
  readonly id: string;
  /** The id of the change entry that created it: orders agreements within a release. */
  readonly change_id: number;
  readonly record: Readonly<Record<string, unknown>>;
}

/** What one release changed, read from the changelog. */
export interface ReleaseChanges {
  /** Change entries stamped with the release. */
  readonly entries: number;
  readonly records: Readonly<Record<AggregateType, RecordCounts>>;
  /** Oldest first. */
  readonly created_agreements: readonly CreatedAgreement[];
}

const PAGE_SIZE = 1000;

interface TypeTally {
  readonly created: Set<string>;
  readonly updated: Set<string>;
  readonly deleted: Set<string>;
}

function parseRecord(json: string | null): Record<string, unknown> {
  const value: unknown = json === null ? null : JSON.parse(json);
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? { ...(value as Record<string, unknown>) }
    : {};
}

/** Folds one change into the tallies: a record created and edited in one release counts as created. */
function tally(
  tallies: Map<AggregateType, TypeTally>,
  agreements: Map<string, { change_id: number; record: Record<string, unknown> }>,
  change: Change,
): void {
  const counts = tallies.get(change.record_type);
  if (!counts) return;
  const id = change.record_id;
  const isAgreement = change.record_type === 'agreement';
  if (change.field !== null) {
    if (!counts.created.has(id)) counts.updated.add(id);
    const created = isAgreement ? agreements.get(id) : undefined;
    if (created && change.new_value !== null) created.record[change.field] = JSON.parse(change.new_value);
  } else if (change.old_value === null) {
    counts.created.add(id);
    if (isAgreement) agreements.set(id, { change_id: change.id, record: parseRecord(change.new_value) });
  } else if (counts.created.has(id)) {
    // Created and deleted in the same release: it never appeared in a release.
    counts.created.delete(id);
    counts.updated.delete(id);
    if (isAgreement) agreements.delete(id);
  } else {
    counts.updated.delete(id);
    counts.deleted.add(id);
  }
}

/** Reads every change entry of a release, page by page, and counts what it did to which records. */
export async function readReleaseChanges(db: Executor, releaseId: string): Promise<ReleaseChanges> {
  const tallies = new Map<AggregateType, TypeTally>(
    AGGREGATE_TYPES.map((type) => [type, { created: new Set(), updated: new Set(), deleted: new Set() }]),
  );
  const agreements = new Map<string, { change_id: number; record: Record<string, unknown> }>();
  let entries = 0;
  let after: number | undefined;
  do {
    const page = await listChanges(db, {
      release_id: releaseId,
      limit: PAGE_SIZE,
      ...(after === undefined ? {} : { after }),
    });
    for (const change of page.changes) tally(tallies, agreements, change);
    entries += page.changes.length;
    after = page.next ?? undefined;
  } while (after !== undefined);

  const records = Object.fromEntries(
    AGGREGATE_TYPES.map((type) => {
      const counts = tallies.get(type);
      return [
        type,
        {
          created: counts?.created.size ?? 0,
          updated: counts?.updated.size ?? 0,
          deleted: counts?.deleted.size ?? 0,
        },
      ];
    }),
  ) as Record<AggregateType, RecordCounts>;
  return {
    entries,
    records,
    created_agreements: [...agreements].map(([id, { change_id, record }]) => ({ id, change_id, record })),
  };
}
