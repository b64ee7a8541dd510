import type { TallyQualifier, TallySeries, Verification } from '@sco/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { columnList } from './column-list.js';

/** Dated official claims of how many documents China has signed with how many partners. */
export interface OfficialTalliesTable {
  release_id: string;
  id: string;
  as_of: string;
  series: TallySeries;
  documents: number | null;
  partners: number | null;
  qualifier: TallyQualifier;
  claimant: string;
  claim_text: string;
  claim_lang: string | null;
  verification: Verification;
  notes: string | null;
  /** JSON array of the partners the claim names (null in releases stored before the column existed). */
  partners_named: string | null;
  /** Edit counter of the aggregate (the tally with its sources). */
  version: number;
}

export type OfficialTallyRow = Selectable<OfficialTalliesTable>;
export type NewOfficialTallyRow = Insertable<OfficialTalliesTable>;
export type OfficialTallyUpdate = Updateable<OfficialTalliesTable>;

export const OFFICIAL_TALLIES_COLUMNS = columnList<OfficialTalliesTable>()([
  'release_id',
  'id',
  'as_of',
  'series',
  'documents',
  'partners',
  'qualifier',
  'claimant',
  'claim_text',
  'claim_lang',
  'verification',
  'notes',
  'partners_named',
  'version',
]);
