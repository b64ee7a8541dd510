import type { AgreementStatus, AgreementType, BriFraming, DateBasis, Scope, Verification } from '@sco/core';
import type { Insertable, Selectable, Updateable } from 'kysely';
import { columnList } from './column-list.js';

/**
 * Agreements: one row per partition and id. Besides the record's fields it carries index columns computed
 * in JavaScript when the row is written (see `indexAgreement`), so that search, filters and sorting give the
 * same results on SQLite and PostgreSQL.
 */
export interface AgreementsTable {
  release_id: string;
  id: string;
  title_en: string;
  title_original: string | null;
  title_original_lang: string | null;
  type: AgreementType;
  scope: Scope;
  signed_date: string | null;
  signed_date_basis: DateBasis | null;
  /** Full date (YYYY-MM-DD) on or before which the document was signed; null in releases stored before it. */
  signed_no_later_than: string | null;
  status: AgreementStatus;
  terms: string | null;
  /** JSON array of ICS codes, e.g. `["29","35"]`. */
  sectors: string;
  /** JSON array of tags. */
  tags: string;
  bri_framing: BriFraming;
  verification: Verification;
  notes: string | null;
  /** Edit counter of the aggregate (the agreement with its parties, sources, provisions and relations). */
  version: number;
  /** Normalised text that `q` searches (see `normalizeSearchText`). */
  search_text: string;
  /** Normalised English title, the key of the `title` sort. */
  sort_title: string;
  signed_year: number | null;
  /** Delimited lists such as `;DEU;FRA;`, matched as substrings; empty when there is none. */
  partner_codes: string;
  partner_regions: string;
  partner_kinds: string;
  sector_codes: string;
}

export type AgreementRow = Selectable<AgreementsTable>;
export type NewAgreementRow = Insertable<AgreementsTable>;
export type AgreementUpdate = Updateable<AgreementsTable>;

export const AGREEMENTS_COLUMNS = columnList<AgreementsTable>()([
  'release_id',
  'id',
  'title_en',
  'title_original',
  'title_original_lang',
  'type',
  'scope',
  'signed_date',
  'signed_date_basis',
  'signed_no_later_than',
  'status',
  'terms',
  'sectors',
  'tags',
  'bri_framing',
  'verification',
  'notes',
  'version',
  'search_text',
  'sort_title',
  'signed_year',
  'partner_codes',
  'partner_regions',
  'partner_kinds',
  'sector_codes',
]);
