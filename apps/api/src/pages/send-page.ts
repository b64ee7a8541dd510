import { createHash } from 'node:crypto';
import type { Request, Response } from 'express';
import { notModified } from '../http/conditional-get.js';
import type { SafeHtml } from './html.js';

/** Pages name the latest release: browsers may keep one a minute, then revalidate with its ETag. */
export const PAGE_CACHE = 'public, max-age=60';

/** Sends a server-rendered page with its own Content-Security-Policy and a weak ETag of its markup. */
export function sendPage(req: Request, res: Response, page: SafeHtml, csp: string): void {
  const body = Buffer.from(page.value);
  res.setHeader('Content-Security-Policy', csp);
  res.setHeader('Cache-Control', PAGE_CACHE);
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
  if (notModified(req, res, etag)) return;
  res.send(body);
}
