import type { InstitutionKind } from '@sco/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { columnList } from './column-list.js';

/** Institutions that sign agreements: one row per partition and id. */
export interface InstitutionsTable {
  release_id: string;
  id: string;
  name_en: string;
  name_original: string | null;
  acronym: string | null;
  kind: InstitutionKind;
  jurisdiction: string;
  notes: string | null;
  /** Edit counter of the record. */
  version: number;
}

export type InstitutionRow = Selectable<InstitutionsTable>;
export type NewInstitutionRow = Insertable<InstitutionsTable>;
export type InstitutionUpdate = Updateable<InstitutionsTable>;

export const INSTITUTIONS_COLUMNS = columnList<InstitutionsTable>()([
  'release_id',
  'id',
  'name_en',
  'name_original',
  'acronym',
  'kind',
  'jurisdiction',
  'notes',
  'version',
]);
