import { testDatabases } from '@sco/db/testing';
import { sql } from 'kysely';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestKeys, type TestKeys } from '../auth/test-support/test-keys.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

const [sqlite] = await testDatabases();

/**
 * A release cut when the SQLite file cannot grow: SQLite's max_page_count caps the database at the pages it
 * has (after a VACUUM, none free), which SQLite reports as a full disk (SQLITE_FULL), as it does when the
 * disk itself is full. Nothing of the release may be half-written.
 */
describe('cutting a release on a full disk (SQLite)', () => {
  let t: TestApp;
  let keys: TestKeys;
  const pragma = async (statement: string) =>
    (await sql.raw<Record<string, unknown>>(`pragma ${statement}`).execute(t.db.db)).rows;

  beforeAll(async () => {
    if (!sqlite) throw new Error('no SQLite test database');
    t = await openTestApp(sqlite, { rateLimits: { writes: 10_000 } });
    keys = await createTestKeys(t.db);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('answers 507 saying the disk is full, keeps serving the previous release, and cuts it once there is room', async () => {
    const latest = (await request(t.app).get('/v1/releases').expect(200)).body.items[0].id as string;
    const list = (await request(t.app).get('/v1/agreements?limit=5').expect(200)).body;
    await request(t.app)
      .patch('/v1/agreements/sac-rosstandart-2016')
      .set(bearer(keys.editor))
      .set('Content-Type', 'application/merge-patch+json')
      .set('If-Match', '*')
      .send(JSON.stringify({ notes: 'Edited before the disk filled up.' }))
      .expect(200);

    await sql`vacuum`.execute(t.db.db);
    const [{ page_count: pages }] = (await pragma('page_count')) as [{ page_count: number }];
    await pragma(`max_page_count = ${pages}`);

    const cut = await request(t.app)
      .post('/v1/releases')
      .set(bearer(keys.admin))
      .send({ id: '9.0.0', notes: 'Cut on a full disk' });
    expect(cut.status).toBe(507);
    expect(cut.get('content-type')).toMatch(/application\/problem\+json/);
    expect(cut.body).toMatchObject({
      type: '/docs/problems/disk-full',
      title: 'Disk full',
      status: 507,
      detail: expect.stringMatching(
        /^The server's disk is full: the change could not be written, and nothing was half-written/,
      ),
    });

    // Nothing of 9.0.0 was written: the previous release is still the latest, served as before.
    const releases = (await request(t.app).get('/v1/releases').expect(200)).body.items as { id: string }[];
    expect(releases.map((release) => release.id)).not.toContain('9.0.0');
    expect(releases[0]?.id).toBe(latest);
    expect((await request(t.app).get('/v1/agreements?limit=5').expect(200)).body).toEqual(list);
    expect(await pragma('integrity_check')).toEqual([{ integrity_check: 'ok' }]);

    // Room again: the same release is cut whole.
    await pragma('max_page_count = 1073741823');
    await request(t.app)
      .post('/v1/releases')
      .set(bearer(keys.admin))
      .send({ id: '9.0.0', notes: 'Cut once there was room' })
      .expect(201);
    expect((await request(t.app).get('/v1/releases').expect(200)).body.items[0].id).toBe('9.0.0');
  });
});
