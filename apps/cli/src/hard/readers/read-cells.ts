import path from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { HardInputError } from '../hard-input-error.js';
import type { HardReaderInput } from './hard-reader.js';

/** The rows of a .csv or .xlsx file (first worksheet) as text cells, in file order; line = index + 1. */
export async function readCells(input: HardReaderInput): Promise<string[][]> {
  if (input.bytes.length === 0) throw new HardInputError(input.file, null, null, 'the file is empty');
  const extension = path.extname(input.file).toLowerCase();
  if (extension === '.csv') return readCsv(input);
  if (extension === '.xlsx') return readXlsx(input);
  throw new HardInputError(
    input.file,
    null,
    null,
    `unknown format "${extension || '(no extension)'}": expected a .csv or .xlsx file`,
  );
}

function readCsv(input: HardReaderInput): string[][] {
  const text = Buffer.from(input.bytes)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new HardInputError(input.file, null, null, 'the file is empty');
  try {
    const rows: string[][] = parse(text, { relax_column_count: true, skip_empty_lines: false });
    return rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    throw new HardInputError(input.file, line, null, `not a readable CSV file: ${(error as Error).message}`);
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') {
    if ('result' in value) return cellText(value.result);
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return value.text;
    return '';
  }
  return String(value);
}

async function readXlsx(input: HardReaderInput): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(input.bytes) as unknown as ArrayBuffer);
  } catch (error) {
    throw new HardInputError(
      input.file,
      null,
      null,
      `not a readable .xlsx file: ${(error as Error).message}`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount === 0) throw new HardInputError(input.file, null, null, 'the file is empty');
  const rows: string[][] = [];
  for (let r = 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cells: string[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, 1); c++) cells.push(cellText(row.getCell(c).value));
    rows.push(cells);
  }
  return rows;
}
