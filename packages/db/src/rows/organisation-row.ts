import type { OrganisationRecord } from '@sco/core';
import type { NewOrganisationRow, OrganisationRow } from '../schema/organisations-table.js';
import { fromStoredBoolean, toStoredBoolean } from './stored-boolean.js';

export function toOrganisationRow(
  partition: string,
  record: OrganisationRecord,
  version: number,
): NewOrganisationRow {
  return {
    release_id: partition,
    code: record.code,
    name_en: record.name_en,
    name_fr: record.name_fr,
    name_zh: record.name_zh,
    kind: record.kind,
    region: record.region,
    international_body: toStoredBoolean(record.international_body),
    version,
  };
}

export function fromOrganisationRow(row: OrganisationRow): OrganisationRecord {
  return {
    code: row.code,
    name_en: row.name_en,
    name_fr: row.name_fr,
    name_zh: row.name_zh,
    kind: row.kind,
    region: row.region,
    international_body: fromStoredBoolean('organisations.international_body', row.international_body),
  };
}
