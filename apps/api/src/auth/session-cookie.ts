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

/** The session id a request's cookies carry, if any. */
export function sessionCookie(req: Request): string | undefined {
  const header = req.get('cookie');
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const index = part.indexOf('=');
    if (index !== -1 && part.slice(0, index).trim() === SESSION_COOKIE) return part.slice(index + 1).trim();
  }
  return undefined;
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

/** Whether a path belongs to the studio or to the brief jobs: the only routes a session may call. */
export function acceptsSession(path: string): boolean {
  return /^\/(studio|v1\/briefs)(\/|$)/.test(path);
}
