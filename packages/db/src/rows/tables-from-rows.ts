import { emptyTables, sortRecords, type Dataset, type RecordOf, type TableName } from '@sco/core';
import type { CurationLogRow } from '../schema/curation-log-table.js';
import type { HardConnectivityRow } from '../schema/hard-connectivity-table.js';
import type { InstitutionRow } from '../schema/institutions-table.js';
import type { OfficialTallyRow } from '../schema/official-tallies-table.js';
import type { OrganisationRow } from '../schema/organisations-table.js';
import type { PartyRow } from '../schema/parties-table.js';
import type { ProvisionRow } from '../schema/provisions-table.js';
import type { RelationRow } from '../schema/relations-table.js';
import type { SourceRow } from '../schema/sources-table.js';
import { fromAgreementRow, type AgreementRecordColumns } from './agreement-row.js';
import { fromCurationRow } from './curation-row.js';
import { fromHardConnectivityRow } from './hard-connectivity-row.js';
import { fromInstitutionRow } from './institution-row.js';
import { fromOfficialTallyRow } from './official-tally-row.js';
import { fromOrganisationRow } from './organisation-row.js';
import { fromPartyRow } from './party-row.js';
import { fromProvisionRow } from './provision-row.js';
import { fromRelationRow } from './relation-row.js';
import { fromSourceRow } from './source-row.js';

/** The stored row of each table, as its reader takes it (an agreement: its record's columns). */
interface StoredRow {
  organisations: OrganisationRow;
  institutions: InstitutionRow;
  agreements: AgreementRecordColumns;
  parties: PartyRow;
  sources: SourceRow;
  provisions: ProvisionRow;
  relations: RelationRow;
  official_tallies: OfficialTallyRow;
  curation_log: CurationLogRow;
  hard_connectivity: HardConnectivityRow;
}

const FROM_ROW: { readonly [T in TableName]: (row: StoredRow[T]) => RecordOf<T> } = {
  organisations: fromOrganisationRow,
  institutions: fromInstitutionRow,
  agreements: fromAgreementRow,
  parties: fromPartyRow,
  sources: fromSourceRow,
  provisions: fromProvisionRow,
  relations: fromRelationRow,
  official_tallies: fromOfficialTallyRow,
  curation_log: fromCurationRow,
  hard_connectivity: fromHardConnectivityRow,
};

/** Some tables' stored rows, by table name. */
export type StoredRows = { readonly [T in TableName]?: readonly StoredRow[T][] };

/** One table's records from its stored rows, in canonical order; undefined when not given. */
function readTable<T extends TableName>(table: T, rows: StoredRows[T]): RecordOf<T>[] | undefined {
  const fromRow: (row: StoredRow[T]) => RecordOf<T> = FROM_ROW[table];
  return rows === undefined ? undefined : sortRecords(table, rows.map(fromRow));
}

/**
 * A dataset's tables from stored rows: each table given is read back into records and sorted in its
 * table's canonical order (core's `sortRecords`), the way a whole partition is loaded; the tables not given
 * are empty. Every reader that assembles a dataset, whole or in part, builds its tables here.
 */
export function tablesFromRows(rows: StoredRows): Dataset['tables'] {
  const tables: Record<TableName, readonly unknown[]> = emptyTables();
  for (const table of Object.keys(tables) as TableName[]) {
    const read = readTable(table, rows[table]);
    if (read !== undefined) tables[table] = read;
  }
  return tables as Dataset['tables'];
}
