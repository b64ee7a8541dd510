import type { AggregateType } from '@sco/core';
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

/** The changelog: one row per created, deleted or changed-field record. */
export interface ChangesTable {
  id: Generated<number>;
  record_type: AggregateType;
  record_id: string;
  /** null when the whole record was created or deleted. */
  field: string | null;
  /** Canonical JSON of the old value; null when the record was created. */
  old_value: string | null;
  /** Canonical JSON of the new value; null when the record was deleted. */
  new_value: string | null;
  actor: string;
  /** ISO 8601 instant (UTC). */
  at: string;
  /** The release the change went out in; null while it is not released. */
  release_id: string | null;
}

export type ChangeRow = Selectable<ChangesTable>;
export type NewChangeRow = Insertable<ChangesTable>;
export type ChangeUpdate = Updateable<ChangesTable>;
