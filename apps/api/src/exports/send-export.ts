import type { Buffer } from 'node:buffer';
import type { AppDeps } from '../deps.js';
import { notModified, representationTag } from '../http/conditional-get.js';
import { applyReadHeaders, resolveRead, stateKey, type ReadContext } from '../reading/read-context.js';
import type { ReadRequest } from '../reading/send-read.js';
import { MEDIA_TYPES } from './export-format.js';

export type FileFormat = 'csv' | 'xlsx';

const CONTENT_TYPES: Readonly<Record<FileFormat, string>> = {
  csv: `${MEDIA_TYPES.csv}; charset=utf-8`,
  xlsx: MEDIA_TYPES.xlsx,
};

/** The label of a state in file names: the release id, or "draft". */
export function stateLabel(context: ReadContext): string {
  return context.kind === 'release' ? context.release.id : 'draft';
}

/**
 * The common path of file exports, like `sendRead` for JSON: resolve the release (or draft), name it in the
 * headers, answer 304 when the client's ETag matches (the format is part of the tag), otherwise build the
 * file and send it as an attachment named `<basename>-<release>.<format>`.
 */
export async function sendExport(
  deps: AppDeps,
  request: ReadRequest,
  format: FileFormat,
  basename: string,
  build: (context: ReadContext) => Promise<Buffer | string>,
): Promise<void> {
  const { req, res } = request;
  const context = await resolveRead(deps.db, request.query, request.principal);
  applyReadHeaders(res, context);
  if (notModified(req, res, representationTag(stateKey(context), req, format))) return;
  const body = await build(context);
  res.setHeader('Content-Disposition', `attachment; filename="${basename}-${stateLabel(context)}.${format}"`);
  res.setHeader('Content-Type', CONTENT_TYPES[format]);
  res.send(body);
}
