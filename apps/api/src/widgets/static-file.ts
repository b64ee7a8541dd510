import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Request, Response } from 'express';
import { notModified } from '../http/conditional-get.js';
import { contentTypeOf, isCompressible } from './content-type.js';

/** A file held in memory, ready to send: its bytes, a gzip copy when that is smaller, a strong ETag. */
export interface StaticFile {
  readonly name: string;
  readonly type: string;
  readonly body: Buffer;
  readonly gzip: Buffer | null;
  /** SHA-384 of the bytes, base64: the SRI hash is `sha384-<digest>`. */
  readonly sha384: string;
  readonly etag: string;
}

/** Prepares a file to be sent many times: hashed and compressed once. */
export function staticFile(name: string, body: Buffer): StaticFile {
  const sha384 = createHash('sha384').update(body).digest('base64');
  let gzip: Buffer | null = null;
  if (isCompressible(name)) {
    const compressed = gzipSync(body, { level: 9 });
    if (compressed.length < body.length) gzip = compressed;
  }
  const tag = sha384.replace(/[+/=]/g, '').slice(0, 32);
  return { name, type: contentTypeOf(name), body, gzip, sha384, etag: `"${tag}"` };
}

/**
 * Sends a file with its media type, the cache policy given, a strong ETag per encoding (304 on
 * If-None-Match), gzip when the client accepts it. HEAD gets the headers alone (Express drops the body).
 */
export function sendStaticFile(req: Request, res: Response, file: StaticFile, cacheControl: string): void {
  res.setHeader('Content-Type', file.type);
  res.setHeader('Cache-Control', cacheControl);
  const gzip = file.gzip !== null && req.acceptsEncodings('gzip', 'identity') === 'gzip';
  if (file.gzip) res.setHeader('Vary', 'Accept-Encoding');
  if (notModified(req, res, gzip ? `${file.etag.slice(0, -1)}-gz"` : file.etag)) return;
  if (gzip) {
    res.setHeader('Content-Encoding', 'gzip');
    res.send(file.gzip);
  } else {
    res.send(file.body);
  }
}
