import type { RelationType } from '@sco/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { columnList } from './column-list.js';

/** Lineage: agreement_id renews / extends / replaces / implements target_id. */
export interface RelationsTable {
  release_id: string;
  agreement_id: string;
  relation: RelationType;
  target_id: string;
  note: string | null;
}

export type RelationRow = Selectable<RelationsTable>;
export type NewRelationRow = Insertable<RelationsTable>;
export type RelationUpdate = Updateable<RelationsTable>;

export const RELATIONS_COLUMNS = columnList<RelationsTable>()([
  'release_id',
  'agreement_id',
  'relation',
  'target_id',
  'note',
]);
