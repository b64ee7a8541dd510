import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { ContentCoding } from './accept-encoding.js';

/** The settings of the compression middleware (decision 15): brotli quality 4, gzip level 6. */
const BROTLI_QUALITY = 4;
const GZIP_LEVEL = 6;

/** A body in a content coding: the same bytes for identity, else compressed as the middleware would. */
export function encodeBody(body: Buffer, coding: ContentCoding): Buffer {
  if (coding === 'br') {
    return brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.byteLength,
      },
    });
  }
  if (coding === 'gzip') return gzipSync(body, { level: GZIP_LEVEL });
  return body;
}

/**
 * The ETag of a representation in a content coding: the identity tag as it is, otherwise the tag with the
 * coding appended inside the quotes (`W/"abc"` → `W/"abc-br"`). Each encoding is a representation of its
 * own, so a cache that keeps the brotli and gzip copies apart (Vary: Accept-Encoding) never updates one
 * with a 304 meant for the other.
 */
export function encodedTag(tag: string, coding: ContentCoding): string {
  if (coding === 'identity') return tag;
  if (!tag.endsWith('"')) throw new Error(`not an entity tag: ${tag}`);
  return `${tag.slice(0, -1)}-${coding}"`;
}
