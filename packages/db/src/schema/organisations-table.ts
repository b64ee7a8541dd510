import type { OrganisationKind, RegionCode } from '@sco/core';
import type { ColumnType, Insertable, Selectable, Updateable } from 'kysely';
import { columnList } from './column-list.js';

/** Regional and international organisations: one row per partition and code. */
export interface OrganisationsTable {
  release_id: string;
  code: string;
  name_en: string;
  name_fr: string;
  name_zh: string;
  kind: OrganisationKind;
  region: RegionCode;
  /**
   * An integer 0/1 on SQLite and a boolean on PostgreSQL. Written as 0/1 on both (PostgreSQL reads "1" and
   * "0" as booleans); read back with `fromStoredBoolean`.
   */
  international_body: ColumnType<number | boolean, number, number>;
  /** Edit counter of the record. */
  version: number;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type NewOrganisationRow = Insertable<OrganisationsTable>;
export type OrganisationUpdate = Updateable<OrganisationsTable>;

export const ORGANISATIONS_COLUMNS = columnList<OrganisationsTable>()([
  'release_id',
  'code',
  'name_en',
  'name_fr',
  'name_zh',
  'kind',
  'region',
  'international_body',
  'version',
]);
