import { describeQuery, type BriefRequest } from './brief-request.js';

/** Where the API answers a brief by its parameters (GET): the PDF once rendered, else its job. */
export const BRIEF_PERMALINK_PATH = '/v1/briefs/pdf';

/**
 * The permalink of a brief: the GET address that gives this brief again, pinned to the release it is built
 * from, e.g. "https://observatory.example/v1/briefs/pdf?template=partner&subject=RUS&lang=fr&paper=a4&release=1.0.0".
 * Absolute on the request's origin; only the path and query when the request names none.
 */
export function briefPermalink(request: BriefRequest, release: string): string {
  const path = `${BRIEF_PERMALINK_PATH}?${describeQuery(request, release)}`;
  return request.origin === undefined ? path : new URL(path, request.origin).href;
}
