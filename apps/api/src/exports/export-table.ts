/** A cell of an export: text (neutralised when written), a number, or empty. */
export type ExportCell = string | number | null;

export interface ExportColumn {
  /** The header, as the field is named in the JSON responses and in data/. */
  readonly header: string;
  /** Width in the spreadsheet, in characters. */
  readonly width: number;
}

/** What CSV and XLSX exports are written from: columns and rows of cells in the same order. */
export interface ExportTable {
  readonly columns: readonly ExportColumn[];
  readonly rows: readonly (readonly ExportCell[])[];
}

/** Lists in one cell are joined with this separator. */
export const CELL_LIST_SEPARATOR = '; ';
