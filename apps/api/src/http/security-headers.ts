import type { RequestHandler } from 'express';
import helmet from 'helmet';
import { corsForReads } from './cors.js';

type HeaderList = readonly (readonly [string, string])[];

/**
 * helmet with the API's options: its default headers, cross-origin resources allowed (widgets), and no
 * upgrade of insecure requests (TLS is the reverse proxy's business; upgrading would break plain-HTTP local
 * use). No option is a function of the request, so the headers it sets are the same on every response.
 */
export const helmetForApi = helmet({
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
});

/**
 * The headers a middleware sets on a response to a request, found by running it once on stand-ins: for
 * middleware whose headers depend on nothing the request carries (helmet with fixed options; CORS with
 * one fixed origin on a GET without preflight).
 */
function headersSetBy(middleware: RequestHandler, method: string): HeaderList {
  const set = new Map<string, [string, string]>();
  const res = {
    getHeader: (name: string) => set.get(name.toLowerCase())?.[1],
    setHeader: (name: string, value: unknown) => {
      set.set(name.toLowerCase(), [name, String(value)]);
    },
    removeHeader: (name: string) => {
      set.delete(name.toLowerCase());
    },
  };
  const req = { method, headers: {}, url: '/' };
  const outcome = { passed: false };
  (middleware as (req: unknown, res: unknown, next: (error?: unknown) => void) => void)(req, res, (error) => {
    if (error !== undefined) {
      throw error instanceof Error ? error : new Error('a constant-header middleware failed');
    }
    outcome.passed = true;
  });
  if (!outcome.passed) throw new Error('a constant-header middleware did not pass the request on at once');
  return [...set.values()];
}

/**
 * The security headers of every response (helmet's) and, on GET and HEAD, the CORS headers of a read
 * (`Access-Control-Allow-Origin: *` and the exposed headers), each set list computed once at start from
 * helmet and corsForReads themselves and set by one function, rather than by a chain of a dozen middleware
 * functions per request. OPTIONS requests (preflights) go through corsForReads as they are; writes get no
 * CORS header.
 */
export function securityHeaders(): RequestHandler {
  const security = headersSetBy(helmetForApi, 'GET');
  const reads = [...security, ...headersSetBy(corsForReads, 'GET')];
  return (req, res, next) => {
    const method = req.method;
    const headers = method === 'GET' || method === 'HEAD' ? reads : security;
    for (const [name, value] of headers) res.setHeader(name, value);
    if (method === 'OPTIONS') corsForReads(req, res, next);
    else next();
  };
}
