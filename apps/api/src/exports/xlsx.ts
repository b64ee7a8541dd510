import { Buffer } from 'node:buffer';
import ExcelJS from 'exceljs';
import type { ExportCell, ExportTable } from './export-table.js';
import { neutraliseCell } from './neutralise-cell.js';

export interface XlsxOptions {
  /** Name of the data sheet. */
  readonly sheet: string;
  /** Rows of the "About" sheet: a label and its text. */
  readonly about: readonly (readonly [string, string])[];
  /** Stamped as the workbook's creation and modification time, so that one state gives one file. */
  readonly created: Date;
}

function cell(value: ExportCell): string | number | null {
  return typeof value === 'string' ? neutraliseCell(value) : value;
}

/**
 * The table as an XLSX workbook: the data sheet with a bold, frozen, filterable header row and every text
 * cell written as text (dates keep their precision: "2017-05" stays "2017-05"), then an "About" sheet.
 * Texts are neutralised against formula injection in both sheets.
 */
export async function toXlsx(table: ExportTable, options: XlsxOptions): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Soft Connectivity Observatory';
  workbook.created = options.created;
  workbook.modified = options.created;

  const data = workbook.addWorksheet(options.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  data.columns = table.columns.map((column) => ({
    header: column.header,
    width: column.width,
    style: { numFmt: '@' },
  }));
  data.getRow(1).font = { bold: true };
  data.addRows(table.rows.map((row) => row.map(cell)));
  data.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };

  const about = workbook.addWorksheet('About');
  about.columns = [{ width: 18 }, { width: 100, style: { alignment: { wrapText: true, vertical: 'top' } } }];
  about.addRows(options.about.map(([label, text]) => [neutraliseCell(label), neutraliseCell(text)]));
  about.getColumn(1).font = { bold: true };

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
