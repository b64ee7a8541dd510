import type { AgreementRecord, AgreementType, BriFraming, IcsField, Scope, Verification } from '@sco/core';
import type { PartnerKind } from '../search/partner-kind.js';

/**
 * Sort orders: by signed date (undated last) or normalised English title, ascending or descending ("-"),
 * or by id. Ties are broken by id, ascending.
 */
export const AGREEMENT_SORTS = ['signed_date', '-signed_date', 'title', '-title', 'id'] as const;
export type AgreementSort = (typeof AGREEMENT_SORTS)[number];

export interface AgreementQuery {
  /**
   * Free text. Matches an agreement when the query, normalised like the index (Unicode NFKC, lower case,
   * leading and trailing spaces trimmed), occurs as a contiguous substring of one of: its id, English or
   * original title, notes, terms or tags; the English name, acronym or original name of one of its parties'
   * institutions; the English, French or Chinese name of one of its partner jurisdictions. Case-insensitive
   * ("din" finds "DIN", "COOPÉRATION" finds "Coopération") but accent-sensitive ("metrologie" does not find
   * "Métrologie"); "%" and "_" are ordinary characters. An empty query matches everything.
   */
  readonly q?: string;
  /** Partner jurisdiction code: ISO 3166-1 alpha-3 ("DEU") or an organisation code ("ASEAN"). */
  readonly partner?: string;
  /** UN M49 region of a partner ("150") or "global". */
  readonly region?: string;
  /** Kind of a partner: "country" or an organisation kind. */
  readonly partner_kind?: PartnerKind;
  readonly type?: AgreementType;
  /** Explicitly asking for a scope includes it even when adjacent. */
  readonly scope?: Scope;
  /** ICS top-level field ("35"). */
  readonly sector?: IcsField;
  readonly bri_framing?: BriFraming;
  readonly verification?: Verification;
  /** Signed in or after this year (undated agreements are then left out). */
  readonly from?: number;
  /** Signed in or before this year (undated agreements are then left out). */
  readonly to?: number;
  /** Include agreements of adjacent scopes (metrology, accreditation…), left out by default. */
  readonly include_adjacent?: boolean;
  readonly sort: AgreementSort;
  /** Page size, at least 1. */
  readonly limit: number;
  /** The `next` cursor of the previous page, for the same query and sort. */
  readonly cursor?: string;
}

/** An agreement as listed: its record, its version and its partner jurisdiction codes. */
export interface AgreementListItem extends AgreementRecord {
  readonly version: number;
  readonly partners: readonly string[];
}

export interface AgreementPage {
  readonly items: readonly AgreementListItem[];
  /** How many agreements match the query, across all pages. */
  readonly total: number;
  /** The cursor of the next page, or null on the last page. */
  readonly next: string | null;
}
