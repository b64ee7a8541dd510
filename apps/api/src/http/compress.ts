import compression from 'compression';
import type { RequestHandler, Response } from 'express';

/** Bodies smaller than this are sent as they are: compressing them saves less than the headers cost. */
export const COMPRESSION_THRESHOLD = 1024;

/**
 * A strong ETag names the exact bytes sent, so a route that sets one has chosen its encoding itself (the
 * widget files, gzipped once at start) or promises byte equality (records, for If-Match, and PDFs).
 */
function hasStrongEtag(res: Response): boolean {
  const etag = res.getHeader('ETag');
  return typeof etag === 'string' && !etag.startsWith('W/');
}

const ENCODED_BY_ROUTE = 'encodedByRoute';

/**
 * Tells the middleware that the route has chosen the response's content coding itself (JSON reads send
 * their cached encoded copies: see sendRead), identity included: it must not encode the body again.
 */
export function encodedByRoute(res: Response): void {
  res.locals[ENCODED_BY_ROUTE] = true;
}

/**
 * Compresses responses with brotli (quality 4) or gzip (level 6), as the client's Accept-Encoding prefers,
 * when their media type is compressible (JSON, problem+json, HTML, CSS, JavaScript, CSV, Atom; not XLSX or
 * PDF), they are at least 1 KB and carry no strong ETag nor `Cache-Control: no-transform`, and their route
 * did not choose the coding itself (`encodedByRoute`). Streamed bodies
 * (CSV exports) are compressed as they are written, so they still stream; a body already encoded is left
 * alone; `Vary: Accept-Encoding` is set whenever the encoding depends on the request. Weak ETags stay as
 * they are: a weak tag names the content, whatever its encoding (RFC 9110 §8.8.1), so 304s still answer.
 */
export function compressResponses(): RequestHandler {
  return compression({
    threshold: COMPRESSION_THRESHOLD,
    filter: (req, res) =>
      res.locals[ENCODED_BY_ROUTE] !== true && !hasStrongEtag(res) && compression.filter(req, res),
  });
}
