import { createHash, randomBytes } from 'node:crypto';

/** A session id: 256 random bits in base64url. */
export const SESSION_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function generateSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the table stores of a session id: its SHA-256, hex (see hashSecret of API keys for why SHA-256). */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
