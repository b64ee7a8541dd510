import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { formatProblem } from '@sco/core';
import { loadDataPackage, writeDataPackage } from '@sco/datapackage';
import { importDataset, listChanges, loadDataset } from '@sco/db';
import { openTestDb, testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestKeys, type TestKeys } from '../auth/test-support/test-keys.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { newAgreement } from './test-support/new-agreement.js';

const NEW_TITLE = 'SAC–DIN cooperation agreement (Zebrafinch edit)';

describe.each(await testDatabases())('edits and releases on $dialect', (database) => {
  let t: TestApp;
  let keys: TestKeys;
  let first: string;
  const work: string[] = [];
  beforeAll(async () => {
    t = await openTestApp(database);
    keys = await createTestKeys(t.db);
    first = t.dataset.version;
  });
  afterAll(async () => {
    await t.dispose();
    await Promise.all(work.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  const cut = (body: object, token = keys.admin) =>
    request(t.app).post('/v1/releases').set(bearer(token)).send(body);
  const search = (query: Record<string, string>, token?: string) => {
    const req = request(t.app)
      .get('/v1/agreements')
      .query({ q: 'zebrafinch', ...query });
    return token ? req.set(bearer(token)) : req;
  };

  it('refuses a release when there is nothing new (409), or without an admin key (401, 403)', async () => {
    const nothing = await cut({ id: '1.0.1', notes: 'Nothing' }).expect(409);
    expect(nothing.body).toMatchObject({
      type: '/docs/problems/nothing-to-release',
      detail: `nothing to release: the draft is identical to release ${first}`,
      latest_release: first,
    });
    await request(t.app).post('/v1/releases').send({ id: '1.0.1', notes: 'x' }).expect(401);
    await cut({ id: '1.0.1', notes: 'x' }, keys.editor).expect(403);
  });

  it('rejects an invalid release body, naming every problem (400)', async () => {
    const res = await cut({ id: '1.1', notes: '', draft: true }).expect(400);
    expect((res.body.errors as { name: string }[]).map((e) => e.name).sort()).toEqual([
      'draft',
      'id',
      'notes',
    ]);
    await cut({ id: "1.1.0'; DROP TABLE releases; --", notes: 'x' }).expect(400);
  });

  it('keeps an edit out of public reads until an admin releases it', async () => {
    t.now = new Date('2026-12-03T08:00:00.000Z');
    await request(t.app)
      .patch('/v1/agreements/sac-din-2006')
      .set(bearer(keys.editor))
      .set('If-Match', '"v1"')
      .send({ title_en: NEW_TITLE })
      .expect(200);
    await request(t.app)
      .post('/v1/agreements')
      .set(bearer(keys.editor))
      .send(newAgreement('zebrafinch-2025'))
      .expect(201);

    const published = await search({}).expect(200);
    expect(published.body.release.id).toBe(first);
    expect(published.body.total).toBe(0);
    const draft = await search({ state: 'draft' }, keys.editor).expect(200);
    expect(draft.body.items.map((a: { id: string }) => a.id).sort()).toEqual([
      'sac-din-2006',
      'zebrafinch-2025',
    ]);
  });

  it('publishes the draft as a release (201): public reads show the edits, the old release the old values', async () => {
    t.now = new Date('2026-12-04T09:30:00.000Z');
    const notNewer = await cut({ id: first, notes: 'Same id' }).expect(409);
    expect(notNewer.body.type).toBe('/docs/problems/release-not-newer');

    const res = await cut({ id: '1.1.0', notes: '  Retitles sac-din-2006; adds zebrafinch-2025  ' }).expect(
      201,
    );
    expect(res.headers['location']).toBe('/v1/releases/1.1.0');
    expect(res.headers['sco-release']).toBe('1.1.0');
    const unreleased = await listChanges(t.db.db, { release_id: '1.1.0', limit: 100 });
    expect(res.body).toEqual({
      release: { id: '1.1.0', published_at: '2026-12-04T09:30:00.000Z' },
      id: '1.1.0',
      published_at: '2026-12-04T09:30:00.000Z',
      published_by: expect.stringMatching(/^Admin \(key-[0-9a-f]{8}\)$/) as string,
      notes: 'Retitles sac-din-2006; adds zebrafinch-2025',
      changes: unreleased.changes.length,
      links: {
        self: '/v1/releases/1.1.0',
        datapackage: '/v1/releases/1.1.0/datapackage.zip',
        changes: '/v1/changes?release=1.1.0',
      },
    });
    expect(res.body.changes).toBe(2);

    const now = await search({}).expect(200);
    expect(now.body.release.id).toBe('1.1.0');
    expect(now.body.items.map((a: { id: string }) => a.id).sort()).toEqual([
      'sac-din-2006',
      'zebrafinch-2025',
    ]);
    const old = await request(t.app)
      .get('/v1/agreements')
      .query({ release: first, partner: 'DEU', sort: 'id', limit: 200 })
      .expect(200);
    const before = (old.body.items as { id: string; title_en: string }[]).find(
      (a) => a.id === 'sac-din-2006',
    );
    expect(before?.title_en).toBe('SAC-DIN cooperation agreement');
    expect(old.body.items.map((a: { id: string }) => a.id)).not.toContain('zebrafinch-2025');
    const pinned = await search({ release: first }).expect(200);
    expect(pinned.body.total).toBe(0);
    await cut({ id: '1.2.0', notes: 'Nothing new' }).expect(409);
  });

  it('exports the release as a data package that imports into a fresh database unchanged', async () => {
    const release = await loadDataset(t.db.db, '1.1.0');
    const dir = await mkdtemp(path.join(os.tmpdir(), 'sco-api-export-'));
    work.push(dir);
    await writeDataPackage(dir, release);
    const loaded = await loadDataPackage(dir);
    if (!loaded.ok) throw new Error(loaded.problems.map(formatProblem).join('\n'));
    expect(loaded.dataset.version).toBe('1.1.0');

    const fresh = await openTestDb(database);
    try {
      const imported = await importDataset(fresh.db, loaded.dataset, { actor: 'test', now: new Date() });
      expect(imported.ok).toBe(true);
      expect(await loadDataset(fresh.db, '1.1.0')).toEqual(release);
    } finally {
      await fresh.dispose();
    }
  });
});
