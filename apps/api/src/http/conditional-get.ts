import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { BoundedMemo } from './bounded-memo.js';
import { buildId } from './build-id.js';

/** Tags computed lately, by build, state, path, query string as sent and variant (which decide the tag). */
const tags = new BoundedMemo<string>(1024, 1024);

/**
 * A weak ETag naming a representation: the build of the code, the data state it was built from and what
 * was asked for.
 */
export function representationTag(stateKey: string, req: Request, variant = '', build = buildId()): string {
  const at = req.url.indexOf('?');
  const sent = at === -1 ? '' : req.url.slice(at + 1);
  return tags.get(`${build}\n${stateKey}\n${req.path}\n${sent}\n${variant}`, () => {
    const hash = createHash('sha256')
      .update(
        `${build}\n${stateKey}\n${req.path}\n${new URLSearchParams(req.query as Record<string, string>).toString()}\n${variant}`,
      )
      .digest('base64url')
      .slice(0, 27);
    return `W/"${hash}"`;
  });
}

/** Whether an If-None-Match header names `etag` (weak comparison, RFC 9110 §13.1.2) or is `*`. */
export function noneMatchHits(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((candidate) => opaque(candidate) === opaque(etag));
}

/**
 * Sets the ETag and answers 304 Not Modified when the client already holds this representation (weak
 * comparison, RFC 9110 §13.1.2). Returns true when the response has been sent.
 */
export function notModified(req: Request, res: Response, etag: string): boolean {
  res.setHeader('ETag', etag);
  if (!noneMatchHits(req.get('if-none-match'), etag)) return false;
  res.status(304).end();
  return true;
}
