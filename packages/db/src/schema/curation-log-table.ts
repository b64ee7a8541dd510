import type { CurationEntryRecord } from '@sco/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { columnList } from './column-list.js';

/**
 * The curation log. Its rows have no natural key (research_row and agreement_id may be empty), so each row is
 * keyed by its position in the table's canonical order.
 */
export interface CurationLogTable {
  release_id: string;
  position: number;
  research_file: string;
  research_row: number | null;
  agreement_id: string | null;
  action: CurationEntryRecord['action'];
  date_checked: string;
  note: string;
}

export type CurationLogRow = Selectable<CurationLogTable>;
export type NewCurationLogRow = Insertable<CurationLogTable>;
export type CurationLogUpdate = Updateable<CurationLogTable>;

export const CURATION_LOG_COLUMNS = columnList<CurationLogTable>()([
  'release_id',
  'position',
  'research_file',
  'research_row',
  'agreement_id',
  'action',
  'date_checked',
  'note',
]);
