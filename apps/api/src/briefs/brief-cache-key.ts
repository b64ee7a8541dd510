import { createHash } from 'node:crypto';
import { subjectOf, type BriefRequest } from '@sco/briefs';

/**
 * The key of a brief in the cache: its release, template and parameters, hashed; and the origin its
 * permalink is printed on, which is part of the PDF.
 */
export function briefCacheKey(request: BriefRequest, release: string): string {
  const parts = [release, request.template, subjectOf(request) ?? '', request.lang, request.paper];
  // The long form is another brief; the short one (the default) keeps the key it had before lengths.
  if (request.length === 'report') parts.push('report');
  if (request.origin !== undefined) parts.push(request.origin);
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
