import type { ExportCell, ExportTable } from './export-table.js';
import { neutraliseCell } from './neutralise-cell.js';

function field(cell: ExportCell): string {
  if (cell === null) return '""';
  const text = typeof cell === 'number' ? String(cell) : neutraliseCell(cell);
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * The table as RFC 4180 CSV: a header row, CRLF line ends, every field quoted (quotes doubled) and every
 * text neutralised against formula injection. No byte-order mark: the media type names the charset.
 */
export function toCsv(table: ExportTable): string {
  const lines = [
    table.columns.map((column) => field(column.header)),
    ...table.rows.map((row) => row.map(field)),
  ];
  return lines.map((line) => `${line.join(',')}\r\n`).join('');
}
