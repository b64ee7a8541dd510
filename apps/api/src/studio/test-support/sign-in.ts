import type { Express } from 'express';
import request from 'supertest';
import { SESSION_COOKIE, STUDIO_HEADER } from '../../auth/session-cookie.js';

/** The headers the studio's script sends with every call. */
export const FROM_STUDIO = { [STUDIO_HEADER]: '1' } as const;

/** The Set-Cookie header of a response, as one string (supertest gives a list). */
export function setCookieOf(headers: Readonly<Record<string, unknown>>): string {
  const value = headers['set-cookie'];
  return Array.isArray(value) ? value.map(String).join('\n') : typeof value === 'string' ? value : '';
}

/** Signs in to the studio with a key, as its page does, and gives the Cookie header to send afterwards. */
export async function signIn(app: Express, key: string): Promise<string> {
  const res = await request(app).post('/studio/session').set(FROM_STUDIO).send({ key }).expect(201);
  const cookie = setCookieOf(res.headers).split(';')[0] ?? '';
  if (!cookie.startsWith(`${SESSION_COOKIE}=`)) throw new Error(`no session cookie in ${cookie}`);
  return cookie;
}
