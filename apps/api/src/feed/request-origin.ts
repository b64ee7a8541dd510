import type { Request } from 'express';
import { HttpProblem } from '../http/problem.js';

/** A host name or IP literal with an optional port, and nothing else (no user, path, query or spaces). */
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/;

function badHeader(name: string, reason: string): HttpProblem {
  return new HttpProblem({
    status: 400,
    code: 'invalid-parameters',
    title: 'Invalid request parameters',
    detail: `The ${name} header is invalid: absolute links cannot be built from it`,
    errors: [{ name, in: 'header', reason }],
  });
}

/**
 * The origin ("https://observatory.example") the client reached the API at, for absolute links: the
 * request's protocol and host, or the X-Forwarded-Proto / X-Forwarded-Host a trusted proxy set. A host
 * that is not exactly a host name with an optional port is refused rather than echoed into links.
 */
export function requestOrigin(req: Request): string {
  const protocol = req.protocol;
  if (protocol !== 'http' && protocol !== 'https') {
    throw badHeader('X-Forwarded-Proto', 'expected http or https');
  }
  const host = req.host;
  const name = req.get('x-forwarded-host') === undefined ? 'Host' : 'X-Forwarded-Host';
  if (!host) throw badHeader(name, 'missing');
  const candidate = `${protocol}://${host}`;
  if (!HOST.test(host) || !URL.canParse(candidate)) {
    throw badHeader(name, 'expected a host name with an optional port, such as "observatory.example:8080"');
  }
  return new URL(candidate).origin;
}

/** An absolute URL on the API's origin. */
export function absoluteUrl(origin: string, path: string): string {
  return new URL(path, origin).href;
}
