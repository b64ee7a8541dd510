import type { AppDeps } from '../deps.js';
import { notModified, representationTag } from '../http/conditional-get.js';
import { applyReadHeaders, resolveRead, stateKey, type ReadContext } from '../reading/read-context.js';
import type { ReadRequest } from '../reading/send-read.js';
import { MEDIA_TYPES } from './export-format.js';
import { stateLabel } from './send-export.js';

/** Writes a chunk of the body, waiting while the client is slower than the database. */
export type ChunkWriter = (chunk: string) => Promise<void>;

/**
 * Like `sendExport` for CSV, but streamed: the body is written as `write` produces it, so that memory
 * stays flat whatever the number of rows. Problems found before the first chunk are answered as usual; a
 * failure after it can only cut the response short (the status is already sent), which the client sees
 * as a truncated chunked body.
 */
export async function streamCsvExport(
  deps: AppDeps,
  request: ReadRequest,
  basename: string,
  write: (context: ReadContext, writer: ChunkWriter) => Promise<void>,
): Promise<void> {
  const { req, res } = request;
  const context = await resolveRead(deps.db, request.query, request.principal);
  applyReadHeaders(res, context);
  if (notModified(req, res, representationTag(stateKey(context), req, 'csv'))) return;
  res.setHeader('Content-Disposition', `attachment; filename="${basename}-${stateLabel(context)}.csv"`);
  res.setHeader('Content-Type', `${MEDIA_TYPES.csv}; charset=utf-8`);
  // One 'drain' and one 'close' listener for the whole export, which wake whichever write is waiting. Not
  // `events.once(res, 'drain')` per wait: the compression middleware moves 'drain' listeners to its zlib
  // stream (its `res.on`) but not their removal (`res.removeListener`), so each wait left one listener on the
  // Gzip or brotli stream (MaxListenersExceededWarning after ten) and every later drain called them all.
  let wake: (() => void) | null = null;
  const resume = (): void => {
    const waiting = wake;
    wake = null;
    waiting?.();
  };
  res.on('drain', resume);
  res.on('close', resume);
  const writer: ChunkWriter = async (chunk) => {
    if (res.destroyed) throw new Error('the client closed the connection during the export');
    if (res.write(chunk)) return;
    // Wait for the buffer to drain or the client to leave (the next write then sees `res.destroyed`).
    await new Promise<void>((resolve) => {
      wake = resolve;
    });
  };
  try {
    await write(context, writer);
  } catch (error) {
    if (!res.headersSent) {
      res.removeHeader('Content-Disposition');
      throw error;
    }
    res.destroy(error instanceof Error ? error : new Error(String(error)));
    return;
  } finally {
    // 'close' is the response's own event; the 'drain' listener goes with the stream that holds it.
    res.off('close', resume);
  }
  res.end();
}
