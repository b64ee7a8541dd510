import type { PartyRecord } from '@sco/core';
import type { NewPartyRow, PartyRow } from '../schema/parties-table.js';

export function toPartyRow(partition: string, record: PartyRecord): NewPartyRow {
  return {
    release_id: partition,
    agreement_id: record.agreement_id,
    institution_id: record.institution_id,
    side: record.side,
  };
}

export function fromPartyRow(row: PartyRow): PartyRecord {
  return { agreement_id: row.agreement_id, institution_id: row.institution_id, side: row.side };
}
