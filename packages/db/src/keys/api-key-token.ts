import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** `sco_<prefix>_<secret>`: a public hex prefix that finds the key, and 256 random bits in base64url. */
export const API_KEY_PATTERN = /^sco_([0-9a-f]{12})_([A-Za-z0-9_-]{43})$/;

/** The parts of a freshly generated key. */
export interface GeneratedKey {
  readonly id: string;
  readonly prefix: string;
  readonly hash: string;
  /** The whole key, shown once to its holder and never stored. */
  readonly token: string;
}

/**
 * SHA-256 of a key's secret part, hex. A fast hash is right here: the secret is 256 random bits, so no
 * dictionary or brute-force search can find it from its hash, and the slow, salted hashes that protect
 * low-entropy passwords (bcrypt, scrypt, argon2) would only slow down every authenticated request.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function generateKey(): GeneratedKey {
  const prefix = randomBytes(6).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  return {
    id: `key-${randomBytes(4).toString('hex')}`,
    prefix,
    hash: hashSecret(secret),
    token: `sco_${prefix}_${secret}`,
  };
}

/** The prefix and secret of a key, or null when the text does not have the form of a key. */
export function parseKey(token: string): { readonly prefix: string; readonly secret: string } | null {
  const match = API_KEY_PATTERN.exec(token);
  if (!match?.[1] || !match[2]) return null;
  return { prefix: match[1], secret: match[2] };
}

/** Whether `secret` hashes to `storedHash`, compared in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const expected = Buffer.from(storedHash, 'hex');
  const actual = createHash('sha256').update(secret, 'utf8').digest();
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
