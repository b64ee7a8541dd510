import type { Request } from 'express';
import { negotiate } from '../http/negotiation.js';

/** The representations of a collection: JSON pages, or every matching row as a CSV or XLSX file. */
export const EXPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: 'application/json',
  csv: 'text/csv',
  xlsx: XLSX_MEDIA_TYPE,
};

/**
 * The format of a response: `format=` when given (it wins over Accept, so that a plain link can download a
 * file), otherwise the best of JSON, CSV and XLSX the Accept header allows (JSON when it allows any), or
 * a 406 problem.
 */
export function chooseFormat(req: Request, format: ExportFormat | undefined): ExportFormat {
  if (format !== undefined) return format;
  const chosen = negotiate(
    req,
    EXPORT_FORMATS.map((f) => MEDIA_TYPES[f]),
  );
  return EXPORT_FORMATS.find((f) => MEDIA_TYPES[f] === chosen) ?? 'json';
}
