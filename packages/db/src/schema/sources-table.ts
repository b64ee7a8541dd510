import type { QuoteBasis, SourceKind, SubjectType } from '@sco/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { columnList } from './column-list.js';

/** Sources of agreements and official tallies. */
export interface SourcesTable {
  release_id: string;
  id: string;
  subject_type: SubjectType;
  subject_id: string;
  url: string;
  publisher: string;
  kind: SourceKind;
  accessed: string;
  quote: string | null;
  quote_basis: QuoteBasis | null;
  reposts: string | null;
  curator_note: string | null;
}

export type SourceRow = Selectable<SourcesTable>;
export type NewSourceRow = Insertable<SourcesTable>;
export type SourceUpdate = Updateable<SourcesTable>;

export const SOURCES_COLUMNS = columnList<SourcesTable>()([
  'release_id',
  'id',
  'subject_type',
  'subject_id',
  'url',
  'publisher',
  'kind',
  'accessed',
  'quote',
  'quote_basis',
  'reposts',
  'curator_note',
]);
