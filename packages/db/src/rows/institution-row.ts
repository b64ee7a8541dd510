import type { InstitutionRecord } from '@sco/core';
import type { InstitutionRow, NewInstitutionRow } from '../schema/institutions-table.js';

export function toInstitutionRow(
  partition: string,
  record: InstitutionRecord,
  version: number,
): NewInstitutionRow {
  return {
    release_id: partition,
    id: record.id,
    name_en: record.name_en,
    name_original: record.name_original,
    acronym: record.acronym,
    kind: record.kind,
    jurisdiction: record.jurisdiction,
    notes: record.notes,
    version,
  };
}

export function fromInstitutionRow(row: InstitutionRow): InstitutionRecord {
  return {
    id: row.id,
    name_en: row.name_en,
    name_original: row.name_original,
    acronym: row.acronym,
    kind: row.kind,
    jurisdiction: row.jurisdiction,
    notes: row.notes,
  };
}
