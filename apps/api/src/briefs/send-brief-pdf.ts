import type { Request, Response } from 'express';
import { briefFileName } from './brief-file-name.js';
import type { BriefJob } from './brief-job.js';
import type { BriefService } from './brief-service.js';

export const PDF = 'application/pdf';

/** A PDF pinned to a release never changes: kept for a year, never revalidated. */
export const PINNED_PDF_CACHE = 'private, max-age=31536000, immutable';

function etagMatches(header: string | undefined, etag: string): boolean {
  if (header === undefined) return false;
  return header.trim() === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}

/**
 * Sends the PDF of a finished job with its strong ETag (304 when If-None-Match names it), its file name,
 * and how it may be kept: as an attachment from the job's download, shown in the browser from a permalink.
 */
export async function sendBriefPdf(
  req: Request,
  res: Response,
  briefs: BriefService,
  job: BriefJob & { readonly etag: string },
  options: { readonly disposition: 'attachment' | 'inline'; readonly cacheControl: string },
): Promise<void> {
  res.setHeader('ETag', job.etag);
  res.setHeader('Cache-Control', options.cacheControl);
  if (etagMatches(req.get('if-none-match'), job.etag)) {
    res.status(304).end();
    return;
  }
  const pdf = await briefs.pdf(job);
  res.setHeader('Content-Type', PDF);
  res.setHeader('Content-Disposition', `${options.disposition}; filename="${briefFileName(job.request)}"`);
  res.send(pdf);
}
