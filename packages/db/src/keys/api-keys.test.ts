import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ApiKeyNotFoundError } from '../errors/api-key-not-found-error.js';
import { ApiKeyRevokedError } from '../errors/api-key-revoked-error.js';
import { InvalidApiKeyNameError } from '../errors/invalid-api-key-name-error.js';
import { UnknownApiKeyRoleError } from '../errors/unknown-api-key-role-error.js';
import { databases } from '../test-support/databases.js';
import { useTestDb } from '../test-support/use-test-db.js';
import { API_KEY_PATTERN } from './api-key-token.js';
import { createApiKey } from './create-api-key.js';
import { listApiKeys } from './list-api-keys.js';
import { revokeApiKey } from './revoke-api-key.js';
import { verifyApiKey } from './verify-api-key.js';

const T0 = new Date('2026-11-28T10:00:00.000Z');
const after = (ms: number) => new Date(T0.getTime() + ms);

describe.each(databases)('API keys on $dialect', (database) => {
  const testDb = useTestDb(database);
  const create = (name: string, role = 'editor') =>
    createApiKey(testDb().db, { name, role, actor: 'cli:tester', now: T0 });

  it('creates a key, returns it once and stores only the SHA-256 of its secret part', async () => {
    const { key, token } = await create('  Research team  ');
    expect(token).toMatch(API_KEY_PATTERN);
    expect(key).toEqual({
      id: expect.stringMatching(/^key-[0-9a-f]{8}$/),
      name: 'Research team',
      role: 'editor',
      prefix: token.split('_')[1],
      created_at: T0.toISOString(),
      created_by: 'cli:tester',
      last_used_at: null,
      revoked_at: null,
    });
    const stored = await testDb().db.selectFrom('api_keys').selectAll().executeTakeFirstOrThrow();
    const secret = token.slice(`sco_${key.prefix}_`.length);
    expect(stored.hash).toBe(createHash('sha256').update(secret).digest('hex'));
    expect(JSON.stringify(stored)).not.toContain(secret);
  });

  it('lists every key, oldest first, never with its hash', async () => {
    const a = await create('Alice');
    const b = await createApiKey(testDb().db, { name: 'Bob', role: 'admin', actor: 'x', now: after(1000) });
    const c = await createApiKey(testDb().db, {
      name: 'Carol',
      role: 'communications',
      actor: 'x',
      now: after(2000),
    });
    const list = await listApiKeys(testDb().db);
    expect(list.map((k) => k.id)).toEqual([a.key.id, b.key.id, c.key.id]);
    expect(list.map((k) => k.role)).toEqual(['editor', 'admin', 'communications']);
    for (const key of list) expect(Object.keys(key)).not.toContain('hash');
  });

  it('verifies a key to its principal, and rejects wrong, unknown and malformed ones', async () => {
    const { key, token } = await create('Alice');
    const db = testDb().db;
    expect(await verifyApiKey(db, token, T0)).toEqual({ keyId: key.id, name: 'Alice', role: 'editor' });
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    expect(await verifyApiKey(db, token.slice(0, -1) + last, T0)).toBeNull();
    expect(await verifyApiKey(db, token.replace(key.prefix, '000000000000'), T0)).toBeNull();
    for (const malformed of ['', 'sco_', token.slice(0, -1), `${token}x`, ` ${token}`, "' OR 1=1 --"])
      expect(await verifyApiKey(db, malformed, T0)).toBeNull();
  });

  it('records when a key was last used, at most once a minute', async () => {
    const { key, token } = await create('Alice');
    const db = testDb().db;
    const lastUsed = async () => (await listApiKeys(db)).find((k) => k.id === key.id)?.last_used_at;
    await verifyApiKey(db, token, after(1000));
    expect(await lastUsed()).toBe(after(1000).toISOString());
    await verifyApiKey(db, token, after(30_000));
    expect(await lastUsed()).toBe(after(1000).toISOString());
    await verifyApiKey(db, token, after(61_000));
    expect(await lastUsed()).toBe(after(61_000).toISOString());
  });

  it('revokes a key for good: it authenticates nothing afterwards', async () => {
    const { key, token } = await create('Alice');
    const other = await create('Bob');
    const db = testDb().db;
    const revoked = await revokeApiKey(db, key.id, after(5000));
    expect(revoked.revoked_at).toBe(after(5000).toISOString());
    expect(await verifyApiKey(db, token, after(6000))).toBeNull();
    expect(await verifyApiKey(db, other.token, after(6000))).not.toBeNull();
    await expect(revokeApiKey(db, key.id, after(7000))).rejects.toThrow(ApiKeyRevokedError);
    await expect(revokeApiKey(db, key.id, after(7000))).rejects.toThrow(
      `API key ${key.id} was already revoked at ${after(5000).toISOString()}`,
    );
    await expect(revokeApiKey(db, 'key-00000000', T0)).rejects.toThrow(ApiKeyNotFoundError);
  });

  it('lets exactly one of two simultaneous revocations succeed', async () => {
    const { key } = await create('Alice');
    const outcomes = await Promise.allSettled([
      revokeApiKey(testDb().db, key.id, after(1)),
      revokeApiKey(testDb().db, key.id, after(2)),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const rejected = outcomes.find((o) => o.status === 'rejected');
    expect(rejected?.reason).toBeInstanceOf(ApiKeyRevokedError);
  });

  it('refuses an unknown role and an empty, long or multi-line name, writing nothing', async () => {
    await expect(create('Alice', 'viewer')).rejects.toThrow(UnknownApiKeyRoleError);
    await expect(create('Alice', 'Admin')).rejects.toThrow(
      'unknown role "Admin": expected one of communications, editor, admin',
    );
    await expect(create('   ')).rejects.toThrow(InvalidApiKeyNameError);
    await expect(create('x'.repeat(101))).rejects.toThrow(/at most 100 characters/);
    await expect(create('Alice\nBob')).rejects.toThrow(/control characters/);
    expect(await listApiKeys(testDb().db)).toEqual([]);
  });

  it('stores injection strings as plain text', async () => {
    const name = "Robert'); DROP TABLE api_keys; --";
    const { token } = await create(name);
    expect((await verifyApiKey(testDb().db, token, T0))?.name).toBe(name);
    expect((await listApiKeys(testDb().db)).map((k) => k.name)).toEqual([name]);
  });
});
