import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import type { RawTable } from '@sco/core';

/** Reads CSV text into a header and rows, each row with the line it starts on (header = line 1). */
export function parseCsv(text: string): RawTable {
  const records = parse(text, {
    bom: true,
    info: true,
    relax_column_count: true,
    skip_empty_lines: false,
  }) as unknown as { record: string[]; info: { lines: number } }[];
  const [head, ...body] = records;
  const rows: { line: number; cells: string[] }[] = [];
  let previousEnd = head?.info.lines ?? 0;
  for (const { record, info } of body) {
    rows.push({ line: previousEnd + 1, cells: record });
    previousEnd = info.lines;
  }
  return { header: head?.record ?? [], rows };
}

/**
 * Writes rows as CSV the one canonical way: "\n" line ends, a final newline, and quotes only around cells
 * that need them (a comma, a quote or a line break).
 */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return stringify([header, ...rows], { record_delimiter: '\n', eof: true });
}
