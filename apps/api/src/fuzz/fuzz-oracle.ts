import type { ResponseValidator } from '../contract/test-support/response-validator.js';
import type { FuzzOperation } from './fuzz-document.js';
import type { FuzzResponse } from './fuzz-client.js';

/**
 * Statuses any request may get before it reaches an operation, each documented in the description of the
 * OpenAPI document or by HTTP itself: a malformed request (400), a path no route serves (404, e.g. /V1/…),
 * an Accept nothing matches (406), a body (413), URL (414) or head (431) over its limit, a media type not
 * taken (415), a rate limit (429).
 */
export const GENERIC_STATUSES: ReadonlySet<number> = new Set([400, 404, 406, 413, 414, 415, 429, 431]);

const PROBLEM = 'application/problem+json';

/** What is wrong with a response to a fuzzed request; nothing when it is what the document promises. */
export function judge(
  validator: ResponseValidator,
  operation: FuzzOperation,
  response: FuzzResponse,
): string[] {
  const { status } = response;
  const contentType = response.headers['content-type'];
  if (status >= 500) return [`status ${status}: ${response.body.toString('utf8').slice(0, 300)}`];
  const problems: string[] = [];
  if (!operation.statuses.has(status) && !GENERIC_STATUSES.has(status)) {
    problems.push(`status ${status} is neither declared for ${operation.operationId} nor a generic one`);
  }
  if (status >= 400) {
    if (!(contentType ?? '').startsWith(PROBLEM))
      problems.push(`status ${status} with Content-Type ${contentType ?? '(none)'}`);
    else {
      try {
        JSON.parse(response.body.toString('utf8'));
      } catch {
        problems.push(`status ${status}: the problem is not JSON`);
      }
    }
  }
  if (operation.statuses.has(status)) {
    problems.push(
      ...validator.check(operation.operationId, { status, contentType, body: response.body }).problems,
    );
  }
  return problems;
}
