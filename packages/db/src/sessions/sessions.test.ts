import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createApiKey } from '../keys/create-api-key.js';
import { revokeApiKey } from '../keys/revoke-api-key.js';
import { databases } from '../test-support/databases.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { createSession } from './create-session.js';
import { deleteSession } from './delete-session.js';
import { SESSION_TOKEN_PATTERN } from './session-token.js';
import { verifySession } from './verify-session.js';

const T0 = new Date('2026-11-28T10:00:00.000Z');
const HOUR = 3_600_000;
const after = (ms: number) => new Date(T0.getTime() + ms);

describe.each(databases)('studio sessions on $dialect', (database) => {
  const testDb = useTestDb(database);
  const key = async (role = 'communications') =>
    (await createApiKey(testDb().db, { name: 'Comms team', role, actor: 'test', now: T0 })).key;

  it('opens a session for a key and stores only the SHA-256 of its id', async () => {
    const { id } = await key();
    const session = await createSession(testDb().db, { keyId: id, now: T0, ttlMs: 8 * HOUR });
    expect(session.token).toMatch(SESSION_TOKEN_PATTERN);
    expect(session.expires_at).toBe(after(8 * HOUR).toISOString());
    const rows = await testDb().db.selectFrom('sessions').selectAll().execute();
    expect(rows).toEqual([
      {
        id: createHash('sha256').update(session.token).digest('hex'),
        key_id: id,
        created_at: T0.toISOString(),
        expires_at: session.expires_at,
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain(session.token);
  });

  it('authenticates the key’s principal until the session expires', async () => {
    const { id } = await key();
    const { token, expires_at } = await createSession(testDb().db, { keyId: id, now: T0, ttlMs: HOUR });
    const principal = { keyId: id, name: 'Comms team', role: 'communications', expiresAt: expires_at };
    expect(await verifySession(testDb().db, token, after(HOUR - 1))).toEqual(principal);
    expect(await verifySession(testDb().db, token, after(HOUR))).toBeNull();
  });

  it('refuses unknown and malformed ids', async () => {
    const { id } = await key();
    const { token } = await createSession(testDb().db, { keyId: id, now: T0, ttlMs: HOUR });
    const other = token.at(-1) === 'A' ? `${token.slice(0, -1)}B` : `${token.slice(0, -1)}A`;
    for (const wrong of [other, '', token.slice(1), `${token}x`, "' OR 1=1 --"])
      expect(await verifySession(testDb().db, wrong, T0)).toBeNull();
  });

  it('ends with its key: a revoked key’s sessions authenticate nothing', async () => {
    const { id } = await key('editor');
    const { token } = await createSession(testDb().db, { keyId: id, now: T0, ttlMs: HOUR });
    await revokeApiKey(testDb().db, id, after(1000));
    expect(await verifySession(testDb().db, token, after(2000))).toBeNull();
  });

  it('signs out once, and removes expired sessions when another opens', async () => {
    const { id } = await key();
    const first = await createSession(testDb().db, { keyId: id, now: T0, ttlMs: HOUR });
    const second = await createSession(testDb().db, { keyId: id, now: T0, ttlMs: 2 * HOUR });
    expect(await deleteSession(testDb().db, first.token)).toBe(true);
    expect(await deleteSession(testDb().db, first.token)).toBe(false);
    expect(await deleteSession(testDb().db, 'not a session')).toBe(false);
    expect(await verifySession(testDb().db, first.token, T0)).toBeNull();
    expect(await verifySession(testDb().db, second.token, T0)).not.toBeNull();
    await createSession(testDb().db, { keyId: id, now: after(3 * HOUR), ttlMs: HOUR });
    expect(await testDb().db.selectFrom('sessions').select('id').execute()).toHaveLength(1);
  });
});
