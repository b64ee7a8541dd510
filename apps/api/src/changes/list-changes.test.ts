import { DRAFT, getAgreement, listChanges, saveAgreement } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestKeys, type TestKeys } from '../auth/test-support/test-keys.js';
import {
  ADDED_ID,
  HOSTILE_TITLE,
  importNextRelease,
  NEXT_PUBLISHED_AT,
  NEXT_VERSION,
  RETITLED_ID,
  RETITLED_TITLE,
} from '../releases/test-support/next-release.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

interface Entry {
  id: number;
  record_type: string;
  record_id: string;
  kind: string;
  field: string | null;
  old_value: unknown;
  new_value: unknown;
  release_id: string | null;
}

async function allPages(t: TestApp, query: Record<string, string>, headers = {}): Promise<Entry[]> {
  const seen: Entry[] = [];
  let next: string | null = null;
  do {
    const res = await request(t.app)
      .get('/v1/changes')
      .set(headers)
      .query({ ...query, ...(next ? { cursor: next } : {}) })
      .expect(200);
    seen.push(...(res.body.items as Entry[]));
    next = res.body.next as string | null;
  } while (next);
  return seen;
}

function errorNames(res: request.Response): string[] {
  return (res.body.errors as { name: string }[]).map((e) => e.name).sort();
}

describe.each(await testDatabases())('GET /v1/changes on $dialect', (database) => {
  let t: TestApp;
  let keys: TestKeys;
  let released: number;
  beforeAll(async () => {
    t = await openTestApp(database);
    await importNextRelease(t);
    keys = await createTestKeys(t.db);
    released = (await listChanges(t.db.db, { limit: 100_000 })).changes.length;
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('lists released changes oldest first, values as JSON, naming the latest release', async () => {
    const res = await request(t.app).get('/v1/changes?limit=3').expect(200);
    expect(res.headers['sco-release']).toBe(NEXT_VERSION);
    expect(res.headers['cache-control']).toBe('public, max-age=30');
    expect(res.headers['vary']).toMatch(/Authorization/);
    expect(res.body.release).toEqual({ id: NEXT_VERSION, published_at: NEXT_PUBLISHED_AT });
    expect(res.body.items).toHaveLength(3);
    expect(res.body.next).toBe(String(res.body.items[2].id));
    const [first] = res.body.items as Entry[];
    expect(first).toMatchObject({
      kind: 'created',
      field: null,
      old_value: null,
      release_id: t.dataset.version,
    });
    expect(typeof first?.new_value).toBe('object');
  });

  it('filters by record and shows the old and new value of a field', async () => {
    const res = await request(t.app).get(`/v1/changes?record=${RETITLED_ID}`).expect(200);
    const entries = res.body.items as Entry[];
    expect(entries.map((e) => [e.kind, e.field, e.release_id])).toEqual([
      ['created', null, t.dataset.version],
      ['updated', 'title_en', NEXT_VERSION],
    ]);
    const created = entries[0]?.new_value as { id: string; title_en: string; parties: unknown[] };
    expect(created.id).toBe(RETITLED_ID);
    expect(created.parties).toHaveLength(2);
    expect(entries[1]).toMatchObject({
      record_type: 'agreement',
      record_id: RETITLED_ID,
      old_value: 'SAC-DIN cooperation agreement',
      new_value: RETITLED_TITLE,
      actor: 'research-team',
      at: NEXT_PUBLISHED_AT,
    });
    expect(res.body.next).toBeNull();
  });

  it('filters by release, record type, field and since', async () => {
    const release = await request(t.app).get(`/v1/changes?release=${NEXT_VERSION}`).expect(200);
    expect(release.headers['sco-release']).toBe(NEXT_VERSION);
    expect((release.body.items as Entry[]).map((e) => `${e.record_type} ${e.record_id} ${e.kind}`)).toEqual([
      'agreement csbts-korea-1994 deleted',
      `agreement ${RETITLED_ID} updated`,
      `agreement ${ADDED_ID} created`,
      'institution din updated',
      'curation_log curation-log updated',
    ]);
    const added = (release.body.items as Entry[])[2]?.new_value as { title_en: string };
    expect(added.title_en).toBe(HOSTILE_TITLE);

    const old = await request(t.app).get(`/v1/changes?release=${t.dataset.version}&limit=1`).expect(200);
    expect(old.body.release.id).toBe(t.dataset.version);
    expect(old.headers['sco-release']).toBe(t.dataset.version);

    const institutions = await request(t.app)
      .get('/v1/changes?record_type=institution&field=notes')
      .expect(200);
    expect((institutions.body.items as Entry[]).map((e) => e.record_id)).toEqual(['din']);
    const titles = await request(t.app).get('/v1/changes?field=title_en').expect(200);
    expect(titles.body.items).toHaveLength(1);

    for (const since of [
      NEXT_PUBLISHED_AT,
      '2026-12-01',
      '2026-12-01T10:30+01:00',
      '2026-12-01T04:30:00-05:00',
    ]) {
      const res = await request(t.app).get('/v1/changes').query({ since }).expect(200);
      expect(res.body.items, since).toHaveLength(5);
    }
    const later = await request(t.app).get('/v1/changes?since=2026-12-01T09:30:00.001Z').expect(200);
    expect(later.body.items).toEqual([]);
  });

  it('pages with the cursor through every released change exactly once', async () => {
    const entries = await allPages(t, { limit: '500' });
    expect(entries).toHaveLength(released);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const small = await allPages(t, { limit: '97', record_type: 'agreement' });
    expect(small.map((e) => e.id)).toEqual(
      entries.filter((e) => e.record_type === 'agreement').map((e) => e.id),
    );
  });

  it('answers 304 to a matching ETag, and a new ETag for another query', async () => {
    const res = await request(t.app).get('/v1/changes?record_type=tally').expect(200);
    const etag = res.headers['etag'] as string;
    await request(t.app).get('/v1/changes?record_type=tally').set('If-None-Match', etag).expect(304);
    const other = await request(t.app).get('/v1/changes?record_type=organisation').expect(200);
    expect(other.headers['etag']).not.toBe(etag);
  });

  it('rejects every invalid parameter at once, naming each', async () => {
    const res = await request(t.app)
      .get('/v1/changes')
      .query({
        since: 'yesterday',
        record_type: 'treaty',
        record: "x' OR '1'='1",
        field: 'Title-EN',
        release: 'latest',
        limit: '0',
        cursor: 'abc',
        colour: 'red',
      })
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, type: '/docs/problems/invalid-parameters' });
    expect(errorNames(res)).toEqual([
      'colour',
      'cursor',
      'field',
      'limit',
      'record',
      'record_type',
      'release',
      'since',
    ]);
    expect(res.body.errors).toContainEqual({
      name: 'colour',
      in: 'query',
      reason: 'unknown query parameter',
    });
  });

  it.each([
    ['since', '2026-02-30', 'expected an ISO 8601 date'],
    ['since', '2026-13-01', 'expected an ISO 8601 date'],
    ['since', '2026-11-28T24:00:00Z', 'expected an ISO 8601 date'],
    ['since', '2026-11-28T12:00:00', 'expected an ISO 8601 date'],
    ['since', '2026-11-28T12:00:00+25:00', 'expected an ISO 8601 date'],
    ['since', '9999-12-31T23:59:59-01:00', 'expected an ISO 8601 date'],
    ['since', `2026-11-28T12:00:00.${'0'.repeat(40)}Z`, 'must be at most 40 characters'],
    ['since', "2026-11-28' OR 1=1 --", 'expected an ISO 8601 date'],
    ['record_type', 'agreements', 'expected one of: agreement, institution'],
    ['record', 'x'.repeat(121), 'must be at most 120 characters'],
    ['record', '../etc/passwd', 'expected a record id'],
    ['record', '%', 'expected a record id'],
    ['field', 'colour', 'unknown field; expected one of:'],
    ['field', 'f'.repeat(65), 'must be at most 64 characters'],
    ['field', 'title_en; DROP TABLE changes', 'expected a field name'],
    ['release', '1.0', 'expected a release id'],
    ['release', 'UNRELEASED', 'expected a release id'],
    ['release', '1'.repeat(41), 'must be at most 40 characters'],
    ['limit', '501', 'expected at most 500'],
    ['limit', '-1', 'expected a whole number'],
    ['limit', '2.5', 'expected a whole number'],
    ['limit', '1e3', 'expected a whole number'],
    ['cursor', '-1', 'expected the `next` of the previous page'],
    ['cursor', '9'.repeat(16), 'expected the `next` of the previous page'],
  ])('rejects %s=%s', async (name, value, reason) => {
    const res = await request(t.app)
      .get('/v1/changes')
      .query({ [name]: value })
      .expect(400);
    expect(res.body.errors).toContainEqual({ name, in: 'query', reason: expect.stringContaining(reason) });
    expect(errorNames(res).every((n) => n === name)).toBe(true);
  });

  it('checks the field against the record type', async () => {
    const res = await request(t.app).get('/v1/changes?record_type=institution&field=title_en').expect(400);
    expect(res.body.errors).toEqual([
      {
        name: 'field',
        in: 'query',
        reason: expect.stringMatching(/^unknown field of institution; expected one of: .*name_en/),
      },
    ]);
    await request(t.app).get('/v1/changes?record_type=agreement&field=parties').expect(200);
    await request(t.app).get('/v1/changes?record_type=curation_log&field=rows').expect(200);
  });

  it('answers 404 for an unknown release and treats injection strings as data', async () => {
    const missing = await request(t.app).get('/v1/changes?release=9.9.9').expect(404);
    expect(missing.body.detail).toBe('There is no release 9.9.9; see /v1/releases');
    const res = await request(t.app).get('/v1/changes?record=x--1').expect(200);
    expect(res.body.items).toEqual([]);
    await request(t.app).get('/v1/changes').set('Accept', 'text/html').expect(406);
  });

  it('keeps unreleased changes from the public, and shows them to editors', async () => {
    const anonymous = await request(t.app).get('/v1/changes?release=unreleased').expect(401);
    expect(anonymous.headers['www-authenticate']).toMatch(/^Bearer/);
    expect(anonymous.body.detail).toMatch(/editors and admins only/);
    await request(t.app).get('/v1/changes?release=unreleased').set(bearer(keys.revoked)).expect(401);

    const before = await request(t.app).get(`/v1/changes?record=${RETITLED_ID}`).expect(200);
    const current = await getAgreement(t.db.db, DRAFT, RETITLED_ID);
    if (!current) throw new Error(`no ${RETITLED_ID} in the draft`);
    await saveAgreement(
      t.db.db,
      { ...current.aggregate, title_en: 'Draft title' },
      { actor: 'Editor One', now: new Date('2026-12-02T08:00:00Z') },
    );

    const publicView = await request(t.app)
      .get(`/v1/changes?record=${RETITLED_ID}`)
      .set('If-None-Match', before.headers['etag'] as string)
      .expect(200);
    expect(publicView.body.items).toEqual(before.body.items);
    expect((await allPages(t, { limit: '500' })).length).toBe(released);
    const since = await request(t.app).get('/v1/changes?since=2026-12-02').expect(200);
    expect(since.body.items).toEqual([]);

    for (const key of [keys.editor, keys.admin]) {
      const unreleased = await request(t.app)
        .get('/v1/changes?release=unreleased')
        .set(bearer(key))
        .expect(200);
      expect(unreleased.headers['cache-control']).toBe('private, no-cache');
      expect(unreleased.headers['sco-release']).toMatch(/^draft;revision=\d+$/);
      expect(unreleased.body.release).toMatchObject({ id: 'draft', published_at: null });
      expect(unreleased.body.items).toEqual([
        expect.objectContaining({
          record_id: RETITLED_ID,
          kind: 'updated',
          field: 'title_en',
          old_value: RETITLED_TITLE,
          new_value: 'Draft title',
          release_id: null,
        }),
      ]);
      const everything = await request(t.app)
        .get(`/v1/changes?record=${RETITLED_ID}`)
        .set(bearer(key))
        .expect(200);
      expect(everything.body.items).toHaveLength(3);
      expect(everything.headers['etag']).not.toBe(publicView.headers['etag']);
    }
  });
});
