import { loadConfig } from '@sco/config';
import { createDb, getAgreement, DRAFT, importDataset, migrateToLatest, type Db } from '@sco/db';
import { testDatabases, type TestDatabaseInstance } from '@sco/db/testing';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../app.js';
import { bearer, createTestKeys } from '../auth/test-support/test-keys.js';
import { newAgreement } from '../edits/test-support/new-agreement.js';
import { loadRealData, rootDir } from '../test-support/test-app.js';

const sqlite = (await testDatabases()).find((database) => database.dialect === 'sqlite');
if (!sqlite) throw new Error('no SQLite test database');

/**
 * SQLite allows one writer at a time. A write that meets another connection's write lock is retried by SQLite
 * for its busy timeout; when the lock outlasts it, the API answers 503 with Retry-After and writes nothing.
 * (PostgreSQL has row locks and no such state.)
 */
describe('a write while another SQLite connection holds the write lock', () => {
  let instance: TestDatabaseInstance;
  let db: Db;
  let other: Db;
  let keys: Awaited<ReturnType<typeof createTestKeys>>;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    instance = await sqlite.create();
    db = createDb(instance.config);
    await migrateToLatest(db.db);
    const imported = await importDataset(db.db, await loadRealData(), {
      actor: 'test',
      now: new Date('2026-11-28T12:00:00Z'),
    });
    if (!imported.ok) throw new Error(imported.message);
    keys = await createTestKeys(db);
    app = createApp(
      {
        db,
        config: loadConfig({}, rootDir),
        logger: pino({ level: 'silent' }),
        now: () => new Date('2026-11-28T13:00:00Z'),
      },
      { rateLimits: { writes: 1000 } },
    );
    other = createDb(instance.config);
  });
  afterAll(async () => {
    await other.close();
    await db.close();
    await instance.drop();
  });

  it('is retried, then answered 503 with Retry-After, and nothing of it is written; once free, it succeeds', async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let locked: () => void = () => undefined;
    const holding = new Promise<void>((resolve) => {
      locked = resolve;
    });
    // A real second connection takes the write lock (a write inside an open transaction) and keeps it.
    const holder = other.db.transaction().execute(async (trx) => {
      await trx.deleteFrom('sessions').where('id', '=', 'busy-test-lock').execute();
      locked();
      await released;
    });
    await holding;
    const res = await request(app)
      .post('/v1/agreements')
      .set(bearer(keys.editor))
      .send(newAgreement('busy-test-2026'));
    expect(res.status).toBe(503);
    expect(res.headers['retry-after']).toBe('2');
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({ type: '/docs/problems/database-busy', status: 503 });
    release();
    await holder;
    expect(await getAgreement(db.db, DRAFT, 'busy-test-2026')).toBeUndefined();
    await request(app)
      .post('/v1/agreements')
      .set(bearer(keys.editor))
      .send(newAgreement('busy-test-2026'))
      .expect(201);
  }, 60_000);
});
