import { listApiKeys } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { bearer, createTestKeys, type TestKeys } from './test-support/test-keys.js';

describe.each(await testDatabases())('API key authentication on $dialect', (database) => {
  let t: TestApp;
  let keys: TestKeys;
  beforeAll(async () => {
    t = await openTestApp(database);
    keys = await createTestKeys(t.db);
  });
  afterAll(async () => {
    await t.dispose();
  });

  const write = () => request(t.app).post('/v1/agreements').send({});

  it('asks for a key when a write comes without one (401)', async () => {
    const res = await write()
      .expect(401)
      .expect('Content-Type', /application\/problem\+json/);
    expect(res.headers['www-authenticate']).toBe('Bearer realm="sco"');
    expect(res.body).toMatchObject({ status: 401, type: '/docs/problems/unauthenticated' });
  });

  it('refuses a malformed Authorization header (401), on reads too', async () => {
    for (const header of [
      'Basic dXNlcjpwYXNz',
      'Bearer',
      'Bearer ',
      `Bearer ${keys.editor} extra`,
      keys.editor,
      '',
    ]) {
      const res = await request(t.app).get('/v1/agreements').set('Authorization', header).expect(401);
      expect(res.body.type, header).toBe('/docs/problems/invalid-authorization');
      expect(res.headers['www-authenticate']).toBe('Bearer realm="sco", error="invalid_request"');
    }
  });

  it('refuses a wrong, unknown or revoked key (401) instead of reading it as anonymous', async () => {
    const last = keys.editor.at(-1) === 'A' ? 'B' : 'A';
    const wrong = keys.editor.slice(0, -1) + last;
    for (const token of [
      wrong,
      `sco_000000000000_${'A'.repeat(43)}`,
      'not-a-key',
      "'OR'1'='1",
      keys.revoked,
    ]) {
      const res = await request(t.app).get('/v1/agreements').set(bearer(token)).expect(401);
      expect(res.body).toMatchObject({
        type: '/docs/problems/invalid-api-key',
        detail: 'The API key is unknown, wrong or revoked',
      });
      expect(res.headers['www-authenticate']).toBe('Bearer realm="sco", error="invalid_token"');
      await write().set(bearer(token)).expect(401);
    }
  });

  it('lets a valid key through, the scheme in any case, and records its use', async () => {
    await request(t.app).get('/v1/agreements?state=draft').set(bearer(keys.editor)).expect(200);
    await request(t.app)
      .get('/v1/agreements?state=draft')
      .set('Authorization', `bearer  ${keys.admin}`)
      .expect(200);
    const used = (await listApiKeys(t.db.db)).filter((key) => key.last_used_at !== null);
    expect(used.map((key) => key.name).sort()).toEqual(['Admin', 'Editor One']);
  });

  it('keeps editors from cutting a release (403)', async () => {
    const res = await request(t.app)
      .post('/v1/releases')
      .set(bearer(keys.editor))
      .send({ id: '9.0.0', notes: 'Editors may not publish' })
      .expect(403);
    expect(res.body).toMatchObject({ type: '/docs/problems/forbidden' });
    expect(res.body.detail).toMatch(/role admin; this key has the role editor/);
  });

  it('never logs or echoes the key', async () => {
    const res = await request(t.app).get('/v1/agreements').set(bearer(keys.revoked)).expect(401);
    expect(JSON.stringify(res.body)).not.toContain(keys.revoked);
  });
});
