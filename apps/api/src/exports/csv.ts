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
  return [table.columns.map((column) => column.header), ...table.rows].map(csvLine).join('');
}

/** One line of such a CSV, with its CRLF: the unit a streamed export writes. */
export function csvLine(cells: readonly ExportCell[]): string {
  return `${cells.map(field).join(',')}\r\n`;
}
