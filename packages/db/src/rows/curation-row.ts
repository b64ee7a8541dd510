import type { CurationEntryRecord } from '@sco/core';
import type { CurationLogRow, NewCurationLogRow } from '../schema/curation-log-table.js';

export function toCurationRow(
  partition: string,
  position: number,
  record: CurationEntryRecord,
): NewCurationLogRow {
  return {
    release_id: partition,
    position,
    research_file: record.research_file,
    research_row: record.research_row,
    agreement_id: record.agreement_id,
    action: record.action,
    date_checked: record.date_checked,
    note: record.note,
  };
}

export function fromCurationRow(row: CurationLogRow): CurationEntryRecord {
  return {
    research_file: row.research_file,
    research_row: row.research_row,
    agreement_id: row.agreement_id,
    action: row.action,
    date_checked: row.date_checked,
    note: row.note,
  };
}
