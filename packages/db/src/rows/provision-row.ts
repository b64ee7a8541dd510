import type { ProvisionRecord } from '@sco/core';
import type { NewProvisionRow, ProvisionRow } from '../schema/provisions-table.js';

export function toProvisionRow(partition: string, record: ProvisionRecord): NewProvisionRow {
  return {
    release_id: partition,
    agreement_id: record.agreement_id,
    provision: record.provision,
    status: record.status,
    evidence: record.evidence,
    source_id: record.source_id,
  };
}

export function fromProvisionRow(row: ProvisionRow): ProvisionRecord {
  return {
    agreement_id: row.agreement_id,
    provision: row.provision,
    status: row.status,
    evidence: row.evidence,
    source_id: row.source_id,
  };
}
