import type { Dataset } from '../dataset/dataset.js';
import { encodeCell } from '../dataset/cells.js';
import { fieldKinds } from '../dataset/field-kinds.js';
import type { RawDataset, RawTable } from '../dataset/parse-tables.js';
import { TABLE_NAMES, tables, type TableName } from '../dataset/tables.js';

/** The data package files a dataset would be written as (one row per line), for tests that break rows. */
export function toRawDataset(dataset: Dataset): RawDataset {
  const entries = TABLE_NAMES.map((name): [TableName, RawTable] => {
    const header = [...fieldKinds(tables[name].schema).keys()];
    const records = dataset.tables[name] as readonly Readonly<Record<string, unknown>>[];
    return [
      name,
      {
        header,
        rows: records.map((record, i) => ({
          line: i + 2,
          cells: header.map((field) => encodeCell(record[field])),
        })),
      },
    ];
  });
  return { version: dataset.version, tables: Object.fromEntries(entries) as RawDataset['tables'] };
}

/** A copy of a raw dataset with one cell replaced. */
export function withCell(
  raw: RawDataset,
  table: TableName,
  rowIndex: number,
  field: string,
  value: string,
): RawDataset {
  const source = raw.tables[table];
  if (!source) throw new Error(`table ${table} is missing`);
  const column = source.header.indexOf(field);
  if (column < 0) throw new Error(`no column ${field} in ${table}`);
  const rows = source.rows.map((row, i) =>
    i === rowIndex ? { ...row, cells: row.cells.map((cell, c) => (c === column ? value : cell)) } : row,
  );
  return { ...raw, tables: { ...raw.tables, [table]: { ...source, rows } } };
}
