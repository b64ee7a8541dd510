import type { ProvisionCode, ProvisionStatus } from '@sco/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { columnList } from './column-list.js';

/** Coded provisions of agreements. */
export interface ProvisionsTable {
  release_id: string;
  agreement_id: string;
  provision: ProvisionCode;
  status: ProvisionStatus;
  evidence: string;
  source_id: string | null;
}

export type ProvisionRow = Selectable<ProvisionsTable>;
export type NewProvisionRow = Insertable<ProvisionsTable>;
export type ProvisionUpdate = Updateable<ProvisionsTable>;

export const PROVISIONS_COLUMNS = columnList<ProvisionsTable>()([
  'release_id',
  'agreement_id',
  'provision',
  'status',
  'evidence',
  'source_id',
]);
