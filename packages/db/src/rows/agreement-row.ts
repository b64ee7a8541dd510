import type { AgreementRecord } from '@sco/core';
import type { AgreementRow, NewAgreementRow } from '../schema/agreements-table.js';
import type { AgreementIndex } from '../search/index-agreement.js';
import { fromJsonList, toJsonList } from './json-list.js';

/** The columns of an agreement row that hold the record itself. */
export const AGREEMENT_RECORD_COLUMNS = [
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
] as const satisfies readonly (keyof AgreementRecord & keyof AgreementRow)[];

export type AgreementRecordColumns = Pick<AgreementRow, (typeof AGREEMENT_RECORD_COLUMNS)[number]>;

/** The record's own fields, without any other property the value carries (an aggregate's children). */
export function agreementRecordOf(agreement: AgreementRecord): AgreementRecord {
  return {
    id: agreement.id,
    title_en: agreement.title_en,
    title_original: agreement.title_original,
    title_original_lang: agreement.title_original_lang,
    type: agreement.type,
    scope: agreement.scope,
    signed_date: agreement.signed_date,
    signed_date_basis: agreement.signed_date_basis,
    signed_no_later_than: agreement.signed_no_later_than,
    status: agreement.status,
    terms: agreement.terms,
    sectors: agreement.sectors,
    tags: agreement.tags,
    bri_framing: agreement.bri_framing,
    verification: agreement.verification,
    notes: agreement.notes,
  };
}

export function toAgreementRow(
  partition: string,
  agreement: AgreementRecord,
  version: number,
  index: AgreementIndex,
): NewAgreementRow {
  return {
    release_id: partition,
    ...agreementRecordOf(agreement),
    sectors: toJsonList(agreement.sectors),
    tags: toJsonList(agreement.tags),
    version,
    ...index,
  };
}

export function fromAgreementRow(row: AgreementRecordColumns): AgreementRecord {
  return {
    id: row.id,
    title_en: row.title_en,
    title_original: row.title_original,
    title_original_lang: row.title_original_lang,
    type: row.type,
    scope: row.scope,
    signed_date: row.signed_date,
    signed_date_basis: row.signed_date_basis,
    signed_no_later_than: row.signed_no_later_than,
    status: row.status,
    terms: row.terms,
    sectors: fromJsonList('agreements.sectors', row.sectors),
    tags: fromJsonList('agreements.tags', row.tags),
    bri_framing: row.bri_framing,
    verification: row.verification,
    notes: row.notes,
  };
}
