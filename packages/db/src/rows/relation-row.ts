import type { RelationRecord } from '@sco/core';
import type { NewRelationRow, RelationRow } from '../schema/relations-table.js';

export function toRelationRow(partition: string, record: RelationRecord): NewRelationRow {
  return {
    release_id: partition,
    agreement_id: record.agreement_id,
    relation: record.relation,
    target_id: record.target_id,
    note: record.note,
  };
}

export function fromRelationRow(row: RelationRow): RelationRecord {
  return { agreement_id: row.agreement_id, relation: row.relation, target_id: row.target_id, note: row.note };
}
