import type { Request } from 'express';

/** The cookie that carries a studio session id. */
export const SESSION_COOKIE = 'sco_session';

/** How long a studio session lasts: a working day. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * The header the studio's script sends with every call that changes something. A page of another site can
 * neither send it across origins (the preflight would have to allow it, and CORS never allows it) nor read
 * the cookie: with SameSite=Strict, a second wall against cross-site requests.
 */
export const STUDIO_HEADER = 'Sco-Studio';

/** The value of one of a request's cookies, if it has it. */
function cookieValue(req: Request, name: string): string | undefined {
  const header = req.get('cookie');
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index !== -1 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return undefined;
}

/** The session id a request's cookies carry, if any. */
export function sessionCookie(req: Request): string | undefined {
  return cookieValue(req, SESSION_COOKIE);
}

function attributes(req: Request, maxAgeSeconds: number): string {
  return [
    'Path=/',
    'HttpOnly',
    'SameSite=Strict',
    `Max-Age=${maxAgeSeconds}`,
    ...(req.secure ? ['Secure'] : []),
  ].join('; ');
}

/** The Set-Cookie value of a new session: HttpOnly, SameSite=Strict, Secure over https. */
export function sessionCookieHeader(req: Request, token: string, expiresAt: string, now: Date): string {
  const seconds = Math.max(0, Math.floor((Date.parse(expiresAt) - now.getTime()) / 1000));
  return `${SESSION_COOKIE}=${token}; ${attributes(req, seconds)}`;
}

/** The Set-Cookie value that removes the session cookie. */
export function clearedSessionCookie(req: Request): string {
  return `${SESSION_COOKIE}=; ${attributes(req, 0)}`;
}

/**
 * A cookie that says only "this browser signed in to the studio" (no session id, nothing to steal), sent with
 * the studio's page alone and, unlike the session cookie (SameSite=Strict), on an arrival from a link on another
 * site (SameSite=Lax). The sign-in page then knows whether a session may be there that the browser held back,
 * and asks its own server only then: an anonymous visitor's page makes no request that answers 401.
 */
export const SIGNED_IN_COOKIE = 'sco_signed_in';

function markerAttributes(req: Request, maxAgeSeconds: number): string {
  return [
    'Path=/studio',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${maxAgeSeconds}`,
    ...(req.secure ? ['Secure'] : []),
  ].join('; ');
}

/** The Set-Cookie values of a new session: the session cookie, and the marker that lasts as long. */
export function sessionCookieHeaders(req: Request, token: string, expiresAt: string, now: Date): string[] {
  const seconds = Math.max(0, Math.floor((Date.parse(expiresAt) - now.getTime()) / 1000));
  return [
    sessionCookieHeader(req, token, expiresAt, now),
    `${SIGNED_IN_COOKIE}=1; ${markerAttributes(req, seconds)}`,
  ];
}

/** The Set-Cookie values that remove the session cookie and its marker. */
export function clearedSessionCookies(req: Request): string[] {
  return [clearedSessionCookie(req), `${SIGNED_IN_COOKIE}=; ${markerAttributes(req, 0)}`];
}

/** Whether the request carries the marker of a studio session (set when signing in, removed when signing out). */
export function hasSignedInMarker(req: Request): boolean {
  return cookieValue(req, SIGNED_IN_COOKIE) === '1';
}

/** Whether a path belongs to the studio or to the brief jobs: the only routes a session may call. */
export function acceptsSession(path: string): boolean {
  return /^\/(studio|v1\/briefs)(\/|$)/.test(path);
}
