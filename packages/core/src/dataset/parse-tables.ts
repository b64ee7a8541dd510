import { fieldKinds } from './field-kinds.js';
import { decodeCell } from './cells.js';
import type { Problem } from './problem.js';
import { TABLE_NAMES, tables, type RecordOf, type TableName } from './tables.js';
import { emptyTables, type Dataset } from './dataset.js';

/** A CSV file as read from disk: its header and its rows, each with the line it starts on. */
export interface RawTable {
  readonly header: readonly string[];
  readonly rows: readonly { readonly line: number; readonly cells: readonly string[] }[];
}

export interface RawDataset {
  readonly version: string;
  /** null when the file is missing. */
  readonly tables: { readonly [T in TableName]: RawTable | null };
}

/** Where each parsed record came from, so later checks can point at a line. */
export type LineIndex = { readonly [T in TableName]: readonly number[] };

export interface ParsedTables {
  readonly dataset: Dataset;
  readonly lines: LineIndex;
  readonly problems: readonly Problem[];
}

function issuePath(path: readonly PropertyKey[]): string | null {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? null : out;
}

/**
 * Reads every row of every table through its record schema. Rows with problems are left out of the
 * dataset; every problem of every row is reported.
 */
export function parseTables(raw: RawDataset): ParsedTables {
  const problems: Problem[] = [];
  const records = emptyTables();
  const lines = Object.fromEntries(TABLE_NAMES.map((name) => [name, [] as number[]])) as {
    [T in TableName]: number[];
  };

  for (const name of TABLE_NAMES) {
    const definition = tables[name];
    const table = raw.tables[name];
    if (!table) {
      problems.push({ file: definition.file, line: null, field: null, message: 'file is missing' });
      continue;
    }
    const kinds = fieldKinds(definition.schema);
    const expected = [...kinds.keys()];
    const missing = expected.filter((field) => !table.header.includes(field));
    const unknown = table.header.filter((field) => !kinds.has(field));
    if (missing.length > 0 || unknown.length > 0 || expected.join(',') !== table.header.join(',')) {
      const parts = [
        missing.length > 0 ? `missing column(s) ${missing.join(', ')}` : '',
        unknown.length > 0 ? `unknown column(s) ${unknown.join(', ')}` : '',
      ].filter(Boolean);
      problems.push({
        file: definition.file,
        line: 1,
        field: null,
        message: `${parts.length > 0 ? parts.join('; ') + '; ' : ''}expected the columns ${expected.join(',')}`,
      });
      continue;
    }
    for (const row of table.rows) {
      if (row.cells.length !== expected.length) {
        problems.push({
          file: definition.file,
          line: row.line,
          field: null,
          message: `expected ${expected.length} cells, found ${row.cells.length}`,
        });
        continue;
      }
      const input = Object.fromEntries(
        expected.map((field, i) => {
          const kind = kinds.get(field);
          return [field, kind ? decodeCell(row.cells[i] ?? '', kind) : row.cells[i]];
        }),
      );
      const result = definition.schema.safeParse(input);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push({
            file: definition.file,
            line: row.line,
            field: issuePath(issue.path),
            message: issue.message,
          });
        }
        continue;
      }
      (records[name] as RecordOf<typeof name>[]).push(result.data);
      lines[name].push(row.line);
    }
  }
  return { dataset: { version: raw.version, tables: records }, lines, problems };
}
