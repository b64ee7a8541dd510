import type { Insertable, Selectable, Updateable } from 'kysely';

/** Published releases. `seq` orders them (1, 2, …); ids are increasing semantic versions. */
export interface ReleasesTable {
  id: string;
  seq: number;
  /** ISO 8601 instant (UTC). */
  published_at: string;
  published_by: string;
  notes: string;
}

export type ReleaseRow = Selectable<ReleasesTable>;
export type NewReleaseRow = Insertable<ReleasesTable>;
export type ReleaseUpdate = Updateable<ReleasesTable>;
