import { verifyApiKey, verifySession } from '@sco/db';
import type { RequestHandler } from 'express';
import type { AppDeps } from '../deps.js';
import { HttpProblem } from '../http/problem.js';
import type { Principal } from '../http/principal.js';
import { requireStudioCall } from './same-origin.js';
import { acceptsSession, sessionCookie } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** `Bearer <token>`: the scheme is case-insensitive (RFC 9110 §11.1), the token one run of visible characters. */
const BEARER = /^Bearer +([\x21-\x7e]+) *$/i;

function unauthenticated(error: 'invalid_request' | 'invalid_token', detail: string): HttpProblem {
  return new HttpProblem({
    status: 401,
    code: error === 'invalid_request' ? 'invalid-authorization' : 'invalid-api-key',
    title: 'Authentication failed',
    detail,
    headers: { 'WWW-Authenticate': `Bearer realm="sco", error="${error}"` },
  });
}

/**
 * Reads the API key of a request, if it sends one: a valid key sets `res.locals.principal`; a malformed
 * Authorization header, or a key that is unknown, wrong or revoked, is answered 401 — a bad key never passes
 * as an anonymous request. Without the header, the studio's session cookie is read on the studio's and the
 * brief jobs' routes only (never for other writes), and a call through it that changes something must come
 * from the studio (requireStudioCall); an unknown or expired session is anonymous. Otherwise requests stay
 * anonymous (the routes' roles decide).
 */
export function authenticate(deps: AppDeps): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    if (header === undefined) {
      const session = acceptsSession(req.path) ? sessionCookie(req) : undefined;
      if (session !== undefined) {
        const principal = await verifySession(deps.db.db, session, deps.now());
        if (principal) {
          if (!SAFE_METHODS.has(req.method)) requireStudioCall(req);
          res.locals['principal'] = {
            keyId: principal.keyId,
            name: principal.name,
            role: principal.role,
          } satisfies Principal;
        }
      }
      next();
      return;
    }
    const token = BEARER.exec(header)?.[1];
    if (token === undefined) {
      throw unauthenticated(
        'invalid_request',
        'The Authorization header must be "Bearer <key>", with an API key created by `sco keys create`',
      );
    }
    const principal: Principal | null = await verifyApiKey(deps.db.db, token, deps.now());
    if (!principal) {
      throw unauthenticated('invalid_token', 'The API key is unknown, wrong or revoked');
    }
    res.locals['principal'] = principal;
    next();
  };
}
