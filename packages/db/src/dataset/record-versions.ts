import type { AggregateType, ChangeDraft } from '@sco/core';
import type { Executor } from '../transaction.js';

/** Aggregates whose root row carries a `version` (the curation log is one document without one). */
export type VersionedType = Exclude<AggregateType, 'curation_log'>;

/** The version to write for a record. */
export type RecordVersions = (type: VersionedType, id: string) => number;

/** Every record at version 1, as when a partition is written for the first time. */
export const FIRST_VERSIONS: RecordVersions = () => 1;

function key(type: string, id: string): string {
  return `${type}:${id}`;
}

/** The stored versions of a partition's records, keyed "type:id". */
export async function loadVersions(db: Executor, partition: string): Promise<ReadonlyMap<string, number>> {
  const [agreements, institutions, organisations, tallies, hard] = await Promise.all([
    db.selectFrom('agreements').select(['id', 'version']).where('release_id', '=', partition).execute(),
    db.selectFrom('institutions').select(['id', 'version']).where('release_id', '=', partition).execute(),
    db
      .selectFrom('organisations')
      .select(['code as id', 'version'])
      .where('release_id', '=', partition)
      .execute(),
    db.selectFrom('official_tallies').select(['id', 'version']).where('release_id', '=', partition).execute(),
    db
      .selectFrom('hard_connectivity')
      .select(['partner', 'year', 'version'])
      .where('release_id', '=', partition)
      .execute(),
  ]);
  const versions = new Map<string, number>();
  for (const [type, rows] of [
    ['agreement', agreements],
    ['institution', institutions],
    ['organisation', organisations],
    ['tally', tallies],
  ] as const) {
    for (const row of rows) versions.set(key(type, row.id), row.version);
  }
  for (const row of hard) versions.set(key('hard_connectivity', `${row.partner}-${row.year}`), row.version);
  return versions;
}

/** Versions after applying changes: a changed record goes up by one, a new one starts at 1. */
export function versionsAfter(
  current: ReadonlyMap<string, number>,
  changes: readonly ChangeDraft[],
): RecordVersions {
  const changed = new Set(changes.map((change) => key(change.record_type, change.record_id)));
  return (type, id) => {
    const version = current.get(key(type, id));
    if (version === undefined) return 1;
    return changed.has(key(type, id)) ? version + 1 : version;
  };
}
