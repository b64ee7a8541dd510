import { verifyApiKey } from '@sco/db';
import type { RequestHandler } from 'express';
import type { AppDeps } from '../deps.js';
import { HttpProblem } from '../http/problem.js';
import type { Principal } from '../http/principal.js';

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
 * as an anonymous request. Requests without the header stay anonymous (the routes' roles decide).
 */
export function authenticate(deps: AppDeps): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization');
    if (header === undefined) {
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
