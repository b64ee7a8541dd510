import type { SourceRecord } from '@sco/core';
import type { NewSourceRow, SourceRow } from '../schema/sources-table.js';

export function toSourceRow(partition: string, record: SourceRecord): NewSourceRow {
  return {
    release_id: partition,
    id: record.id,
    subject_type: record.subject_type,
    subject_id: record.subject_id,
    url: record.url,
    publisher: record.publisher,
    kind: record.kind,
    accessed: record.accessed,
    quote: record.quote,
    quote_basis: record.quote_basis,
    reposts: record.reposts,
    curator_note: record.curator_note,
  };
}

export function fromSourceRow(row: SourceRow): SourceRecord {
  return {
    id: row.id,
    subject_type: row.subject_type,
    subject_id: row.subject_id,
    url: row.url,
    publisher: row.publisher,
    kind: row.kind,
    accessed: row.accessed,
    quote: row.quote,
    quote_basis: row.quote_basis,
    reposts: row.reposts,
    curator_note: row.curator_note,
  };
}
