import type { OfficialTallyRecord } from '@sco/core';
import { fromJsonList, toJsonList } from './json-list.js';
import type { NewOfficialTallyRow, OfficialTallyRow } from '../schema/official-tallies-table.js';

export function toOfficialTallyRow(
  partition: string,
  record: OfficialTallyRecord,
  version: number,
): NewOfficialTallyRow {
  return {
    release_id: partition,
    id: record.id,
    as_of: record.as_of,
    series: record.series,
    documents: record.documents,
    partners: record.partners,
    qualifier: record.qualifier,
    claimant: record.claimant,
    claim_text: record.claim_text,
    claim_lang: record.claim_lang,
    verification: record.verification,
    notes: record.notes,
    partners_named: toJsonList(record.partners_named),
    version,
  };
}

export function fromOfficialTallyRow(row: OfficialTallyRow): OfficialTallyRecord {
  return {
    id: row.id,
    as_of: row.as_of,
    series: row.series,
    documents: row.documents,
    partners: row.partners,
    qualifier: row.qualifier,
    claimant: row.claimant,
    claim_text: row.claim_text,
    claim_lang: row.claim_lang,
    verification: row.verification,
    notes: row.notes,
    partners_named:
      row.partners_named === null ? [] : fromJsonList('official_tallies.partners_named', row.partners_named),
  };
}
