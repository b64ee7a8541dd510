import { createHash } from 'node:crypto';
import { subjectOf, type BriefRequest } from '@sco/briefs';

/** The key of a brief in the cache: its release, template and parameters, hashed. */
export function briefCacheKey(request: BriefRequest, release: string): string {
  const parts = [release, request.template, subjectOf(request) ?? '', request.lang, request.paper];
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 32);
}
