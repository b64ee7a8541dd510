import type { Side } from '@sco/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { columnList } from './column-list.js';

/** Who signed which agreement. */
export interface PartiesTable {
  release_id: string;
  agreement_id: string;
  institution_id: string;
  side: Side;
}

export type PartyRow = Selectable<PartiesTable>;
export type NewPartyRow = Insertable<PartiesTable>;
export type PartyUpdate = Updateable<PartiesTable>;

export const PARTIES_COLUMNS = columnList<PartiesTable>()([
  'release_id',
  'agreement_id',
  'institution_id',
  'side',
]);
