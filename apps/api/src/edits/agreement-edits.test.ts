import { DRAFT, getAgreement, listChanges } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestKeys, type TestKeys } from '../auth/test-support/test-keys.js';
import { BODY_LIMIT } from '../app.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { newAgreement } from './test-support/new-agreement.js';

const PROBLEM = /application\/problem\+json/;

describe.each(await testDatabases())('agreement edits on $dialect', (database) => {
  let t: TestApp;
  let keys: TestKeys;
  beforeAll(async () => {
    t = await openTestApp(database);
    keys = await createTestKeys(t.db);
  });
  afterAll(async () => {
    await t.dispose();
  });

  const changesOf = async (id: string) =>
    (await listChanges(t.db.db, { record_id: id, limit: 100 })).changes.filter((c) => c.release_id === null);
  const post = (body: unknown, token = keys.editor) =>
    request(t.app)
      .post('/v1/agreements')
      .set(bearer(token))
      .send(body as object);
  const patch = (id: string, body: unknown, etag: string | null, token = keys.editor) => {
    const req = request(t.app)
      .patch(`/v1/agreements/${id}`)
      .set(bearer(token))
      .set('Content-Type', 'application/merge-patch+json');
    return (etag === null ? req : req.set('If-Match', etag)).send(JSON.stringify(body));
  };

  describe('POST /v1/agreements', () => {
    it('creates the agreement in the draft: 201, Location, ETag and one change entry', async () => {
      t.now = new Date('2026-12-01T09:00:00.000Z');
      const res = await post(newAgreement('test-created-2025')).expect(201);
      expect(res.headers['location']).toBe('/v1/agreements/test-created-2025');
      expect(res.headers['etag']).toBe('"v1"');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['sco-release']).toMatch(/^draft;revision=\d+$/);
      expect(res.body.release).toEqual({
        id: 'draft',
        published_at: null,
        revision: expect.any(Number) as number,
      });
      expect(res.body.version).toBe(1);
      expect(res.body.agreement).toMatchObject({
        id: 'test-created-2025',
        title_original: null,
        notes: null,
        relations: [],
        parties: [
          { institution_id: 'sac', side: 'chinese' },
          { institution_id: 'din', side: 'partner' },
        ],
      });
      expect(res.body.agreement.sources[0]).toMatchObject({
        id: 'src-test-created-2025-1',
        kind: 'official',
      });

      const changes = await changesOf('test-created-2025');
      expect(changes).toHaveLength(1);
      expect(changes[0]).toMatchObject({
        record_type: 'agreement',
        field: null,
        old_value: null,
        actor: expect.stringMatching(/^Editor One \(key-[0-9a-f]{8}\)$/) as string,
        at: '2026-12-01T09:00:00.000Z',
      });
      expect(JSON.parse(changes[0]?.new_value ?? 'null')).toMatchObject({ id: 'test-created-2025' });
      expect((await getAgreement(t.db.db, DRAFT, 'test-created-2025'))?.version).toBe(1);
    });

    it('refuses an id that exists (409) and writes nothing', async () => {
      const res = await post(newAgreement('sac-din-2006')).expect(409).expect('Content-Type', PROBLEM);
      expect(res.body.detail).toMatch(/sac-din-2006 exists already/);
      expect(await changesOf('sac-din-2006')).toEqual([]);
    });

    it('lists every problem the record schemas find, with its field path (422)', async () => {
      const res = await post(
        newAgreement('test-invalid', {
          title_en: undefined,
          type: 'treaty',
          signed_date: '2025-13',
          colour: 'red',
          parties: [{ institution_id: 'SAC!', side: 'chinese', extra: 1 }],
          sources: [
            { id: 'src-x', url: 'ftp://example.org', publisher: '', kind: 'blog', accessed: '28/11/2026' },
          ],
        }),
      )
        .expect(422)
        .expect('Content-Type', PROBLEM);
      expect(res.body).toMatchObject({ status: 422, type: '/docs/problems/invalid-agreement' });
      const names = (res.body.errors as { name: string; in: string }[]).map((e) => e.name).sort();
      expect(names).toEqual([
        'colour',
        'parties.0.extra',
        'parties.0.institution_id',
        'signed_date',
        'sources.0.accessed',
        'sources.0.kind',
        'sources.0.publisher',
        'sources.0.url',
        'title_en',
        'type',
      ]);
      const reasons = res.body.errors as { name: string; reason: string }[];
      expect(reasons.find((e) => e.name === 'title_en')?.reason).toBe('required');
      expect(reasons.find((e) => e.name === 'type')?.reason).toMatch(/^expected one of: mou, /);
      for (const error of res.body.errors as { in: string; reason: string }[]) {
        expect(error.in).toBe('body');
        expect(error.reason).not.toBe('');
      }
      expect(await changesOf('test-invalid')).toEqual([]);
    });

    it('checks the agreement against the rest of the draft and names every problem (422)', async () => {
      const res = await post(
        newAgreement('test-inconsistent', {
          signed_date: '2001',
          signed_date_basis: null,
          parties: [{ institution_id: 'no-such-institution', side: 'partner' }],
          sources: [
            {
              id: 'src-sac-din-2006-1',
              url: 'https://example.org/news',
              publisher: 'A newspaper',
              kind: 'media',
              accessed: '2026-11-28',
            },
          ],
          provisions: [
            { provision: 'training', status: 'present', evidence: 'Training courses', source_id: null },
          ],
          relations: [{ relation: 'renews', target_id: 'sac-din-2006' }],
        }),
      ).expect(422);
      const errors = res.body.errors as { name: string; reason: string }[];
      const reasons = Object.fromEntries(errors.map((e) => [e.name, e.reason]));
      expect(Object.keys(reasons).sort()).toEqual([
        'parties',
        'parties.0.institution_id',
        'provisions.0.source_id',
        'relations.0.target_id',
        'signed_date_basis',
        'sources.0.id',
        'verification',
      ]);
      expect(reasons['parties.0.institution_id']).toMatch(/unknown institution "no-such-institution"/);
      expect(reasons['sources.0.id']).toMatch(/duplicate id "src-sac-din-2006-1"/);
      expect(reasons['verification']).toMatch(/neither an official source nor two/);
      expect(reasons['relations.0.target_id']).toMatch(/dated before it/);
      const partyProblems = errors.filter((e) => e.name === 'parties').map((e) => e.reason);
      expect(partyProblems).toEqual([
        'agreement "test-inconsistent" has no Chinese party',
        'agreement "test-inconsistent" has no partner party',
      ]);
      expect(await changesOf('test-inconsistent')).toEqual([]);
    });

    it('rejects what is not a JSON object (400), the wrong type (415), an oversized body (413)', async () => {
      await request(t.app)
        .post('/v1/agreements')
        .set(bearer(keys.editor))
        .set('Content-Type', 'application/json')
        .send('{"id": ')
        .expect(400)
        .expect('Content-Type', PROBLEM);
      const array = await post([newAgreement('test-array')]).expect(400);
      expect(array.body.errors[0].name).toBe('(body)');
      await request(t.app)
        .post('/v1/agreements')
        .set(bearer(keys.editor))
        .set('Content-Type', 'text/plain')
        .send('id=x')
        .expect(415);
      const limit = Number.parseInt(BODY_LIMIT, 10) * 1024;
      const huge = await post(newAgreement('test-huge', { notes: 'x'.repeat(limit) })).expect(413);
      expect(huge.body.type).toBe('/docs/problems/body-too-large');
      await post(newAgreement('test-query')).query({ dry_run: 'true' }).expect(400);
    });

    it('stores injection strings verbatim, with no effect on the database', async () => {
      const strings = {
        title_en: "Robert'); DROP TABLE agreements; --",
        notes: '<script>alert(1)</script> %_ \' " \\ 100% ${x} {{x}} =1+1',
      };
      const res = await post(newAgreement('test-injection', strings)).expect(201);
      expect(res.body.agreement).toMatchObject(strings);
      const stored = await getAgreement(t.db.db, DRAFT, 'test-injection');
      expect(stored?.aggregate).toMatchObject(strings);
      expect(await getAgreement(t.db.db, DRAFT, 'sac-din-2006')).toBeDefined();
      const search = await request(t.app)
        .get('/v1/agreements')
        .query({ state: 'draft', q: 'DROP TABLE agreements' })
        .set(bearer(keys.editor))
        .expect(200);
      expect(search.body.items.map((a: { id: string }) => a.id)).toEqual(['test-injection']);
    });
  });

  describe('PATCH /v1/agreements/{id}', () => {
    it('merges the patch, records each changed field (who, when, old → new) and returns the new ETag', async () => {
      t.now = new Date('2026-12-02T10:00:00.000Z');
      const res = await patch(
        'sac-bsi-2004',
        { title_en: 'SAC–BSI cooperation agreement', notes: null, tags: null },
        '"v1"',
      ).expect(200);
      expect(res.headers['etag']).toBe('"v2"');
      expect(res.body.version).toBe(2);
      expect(res.body.agreement).toMatchObject({
        id: 'sac-bsi-2004',
        title_en: 'SAC–BSI cooperation agreement',
        notes: null,
        tags: [],
        signed_date: '2004-04-21',
      });
      expect(res.body.changes.map((c: { field: string }) => c.field)).toEqual(['notes', 'tags', 'title_en']);
      expect(res.body.changes[2]).toEqual({
        field: 'title_en',
        old_value: 'SAC-BSI Joint Cooperation Agreement on Standardization',
        new_value: 'SAC–BSI cooperation agreement',
      });
      const changes = await changesOf('sac-bsi-2004');
      expect(changes.map((c) => [c.field, c.new_value, c.at])).toEqual([
        ['notes', 'null', '2026-12-02T10:00:00.000Z'],
        ['tags', '[]', '2026-12-02T10:00:00.000Z'],
        ['title_en', '"SAC–BSI cooperation agreement"', '2026-12-02T10:00:00.000Z'],
      ]);
      for (const change of changes) expect(change.actor).toMatch(/^Editor One \(key-/);
    });

    it('replaces lists whole, accepts application/json and an ETag read from a release', async () => {
      const res = await request(t.app)
        .patch('/v1/agreements/sac-din-2006')
        .set(bearer(keys.editor))
        .set('If-Match', '"v1@1.0.0"')
        .send({
          parties: [
            { institution_id: 'sac', side: 'chinese' },
            { institution_id: 'din', side: 'partner' },
            { institution_id: 'afnor', side: 'partner' },
          ],
        })
        .expect(200);
      expect(res.body.agreement.parties).toHaveLength(3);
      expect(res.body.agreement.sources).toHaveLength(2);
      expect(res.body.changes.map((c: { field: string }) => c.field)).toEqual(['parties']);
    });

    it('changes nothing when the patch changes nothing', async () => {
      const res = await patch('sac-din-2006', { type: 'cooperation_agreement' }, '"v2"').expect(200);
      expect(res.body).toMatchObject({ version: 2, changes: [] });
      expect(res.headers['etag']).toBe('"v2"');
    });

    it('requires If-Match (428) and refuses a stale or weak one (412), writing nothing', async () => {
      const missing = await patch('sac-astm-2004', { notes: 'x' }, null)
        .expect(428)
        .expect('Content-Type', PROBLEM);
      expect(missing.body.type).toBe('/docs/problems/if-match-required');
      const stale = await patch('sac-astm-2004', { notes: 'x' }, '"v7"').expect(412);
      expect(stale.body).toMatchObject({ type: '/docs/problems/stale-version', current_version: 1 });
      await patch('sac-astm-2004', { notes: 'x' }, 'W/"v1"').expect(412);
      await patch('sac-astm-2004', { notes: 'x' }, 'garbage').expect(412);
      expect(await changesOf('sac-astm-2004')).toEqual([]);
      await patch('sac-astm-2004', { notes: 'x' }, '"v3", "v1"').expect(200);
    });

    it('answers 404 for an unknown agreement and 400 for an id that cannot be one', async () => {
      await patch('no-such-agreement', { notes: 'x' }, '"v1"').expect(404);
      const bad = await patch('DROP%20TABLE', { notes: 'x' }, '"v1"').expect(400);
      expect(bad.body.errors[0]).toMatchObject({ name: 'id', in: 'path' });
    });

    it('refuses an invalid result with every problem (422): schemas, a new id, lineage of other agreements', async () => {
      const schema = await patch(
        'sac-ansi-2002',
        { title_en: null, status: 'dormant', colour: 'red' },
        '"v1"',
      ).expect(422);
      expect((schema.body.errors as { name: string }[]).map((e) => e.name).sort()).toEqual([
        'colour',
        'status',
        'title_en',
      ]);
      const renamed = await patch('sac-ansi-2002', { id: 'sac-ansi-2003' }, '"v1"').expect(422);
      expect(renamed.body.errors[0]).toMatchObject({
        name: 'id',
        reason: expect.stringMatching(/never changes/) as string,
      });
      // sac-din-2012 extends sac-din-2006: moving 2006 after 2012 breaks that lineage.
      const lineage = await patch('sac-din-2006', { signed_date: '2013' }, '"v2"').expect(422);
      expect(lineage.body.errors).toEqual([
        {
          name: 'signed_date',
          in: 'body',
          reason: expect.stringMatching(/sac-din-2012.*extends.*dated before it/) as string,
        },
      ]);
      // sac-ansi-2002 is dated "2002": a terminus ante quem must be a full date, not before 2002-01-01.
      const early = await patch('sac-ansi-2002', { signed_no_later_than: '2001-12-31' }, '"v1"').expect(422);
      expect(early.body.errors).toEqual([
        {
          name: 'signed_no_later_than',
          in: 'body',
          reason: expect.stringMatching(
            /2001-12-31 is before signed_date 2002 \(which starts 2002-01-01\)/,
          ) as string,
        },
      ]);
      const partial = await patch('sac-ansi-2002', { signed_no_later_than: '2002-05' }, '"v1"').expect(422);
      expect(partial.body.errors).toEqual([
        { name: 'signed_no_later_than', in: 'body', reason: 'expected a date as YYYY-MM-DD' },
      ]);
      const cleared = await patch('sac-ansi-2002', { sources: [] }, '"v1"').expect(422);
      expect(cleared.body.errors[0]).toMatchObject({
        name: 'verification',
        reason: expect.stringMatching(/no source/) as string,
      });
      expect(await changesOf('sac-ansi-2002')).toEqual([]);
    });

    it('lets exactly one of two simultaneous edits of the same version win', async () => {
      const id = 'sac-standards-australia-2007';
      const before = await getAgreement(t.db.db, DRAFT, id);
      expect(before?.version).toBe(1);
      const [a, b] = await Promise.all([
        patch(id, { notes: 'Edited by editor one' }, '"v1"', keys.editor),
        patch(id, { title_en: 'Edited by editor two' }, '"v1"', keys.editor2),
      ]);
      expect([a.status, b.status].sort()).toEqual([200, 412]);
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      expect(loser.body).toMatchObject({ type: '/docs/problems/stale-version', current_version: 2 });
      const changes = await changesOf(id);
      expect(changes).toHaveLength(1);
      const winningField = winner === a ? 'notes' : 'title_en';
      expect(changes[0]?.field).toBe(winningField);
      const after = await getAgreement(t.db.db, DRAFT, id);
      expect(after?.version).toBe(2);
      // Nothing else was lost: only the winning field differs from before.
      const expected = { ...before?.aggregate, [winningField]: winner.body.agreement[winningField] };
      expect(after?.aggregate).toEqual(expected);
    });

    it('takes the ETag of a French read of the draft as If-Match: it names the same version', async () => {
      const read = await request(t.app)
        .get('/v1/agreements/sac-belarus-2025?state=draft&lang=fr')
        .set(bearer(keys.editor))
        .expect(200);
      expect(read.headers['etag']).toBe('"v1:fr"');
      await patch('sac-belarus-2025', { notes: 'Read in French' }, '"v2:fr"').expect(412);
      const res = await patch(
        'sac-belarus-2025',
        { notes: 'Read in French' },
        read.headers['etag'] as string,
      );
      expect(res.status).toBe(200);
      expect(res.headers['etag']).toBe('"v2"');
    });

    it('is for editors and admins only', async () => {
      await request(t.app).patch('/v1/agreements/sac-din-2006').send({ notes: 'x' }).expect(401);
      await patch('sac-mexico-2014', { notes: 'By the admin' }, '"v1"', keys.admin).expect(200);
    });
  });

  describe('DELETE /v1/agreements/{id}', () => {
    it('deletes an agreement of the draft (204) and records the deletion', async () => {
      await post(newAgreement('test-deleted-2025')).expect(201);
      await request(t.app).delete('/v1/agreements/test-deleted-2025').set(bearer(keys.editor)).expect(428);
      await request(t.app)
        .delete('/v1/agreements/test-deleted-2025')
        .set(bearer(keys.editor))
        .set('If-Match', '"v2"')
        .expect(412);
      const res = await request(t.app)
        .delete('/v1/agreements/test-deleted-2025')
        .set(bearer(keys.editor))
        .set('If-Match', '"v1"')
        .expect(204);
      expect(res.headers['sco-release']).toMatch(/^draft;revision=\d+$/);
      expect(await getAgreement(t.db.db, DRAFT, 'test-deleted-2025')).toBeUndefined();
      const changes = await changesOf('test-deleted-2025');
      expect(changes.map((c) => [c.field, c.old_value === null, c.new_value])).toEqual([
        [null, true, expect.any(String)],
        [null, false, null],
      ]);
      await request(t.app)
        .delete('/v1/agreements/test-deleted-2025')
        .set(bearer(keys.editor))
        .set('If-Match', '"v1"')
        .expect(404);
    });

    it('refuses (409) while other agreements or the curation log refer to the agreement', async () => {
      const res = await request(t.app)
        .delete('/v1/agreements/sac-din-2012')
        .set(bearer(keys.editor))
        .set('If-Match', '"v1"')
        .expect(409)
        .expect('Content-Type', PROBLEM);
      expect(res.body.type).toBe('/docs/problems/referenced');
      expect(res.body.referrers).toEqual([
        expect.stringMatching(/^the curation log records it \(/) as string,
      ]);
      const target = await request(t.app)
        .delete('/v1/agreements/sac-din-2006')
        .set(bearer(keys.editor))
        .set('If-Match', '"v2"')
        .expect(409);
      expect(target.body.referrers).toContain('agreement sac-din-2012 extends it');
      expect(await getAgreement(t.db.db, DRAFT, 'sac-din-2012')).toBeDefined();
    });

    it('refuses (409) to leave an agreement coded superseded without the one that supersedes it', async () => {
      await post(newAgreement('test-old-2020', { signed_date: '2020-05', status: 'unknown' })).expect(201);
      const renewer = newAgreement('test-new-2025', {
        relations: [{ relation: 'renews', target_id: 'test-old-2020' }],
      });
      await post(renewer).expect(201);
      await patch('test-old-2020', { status: 'superseded' }, '"v1"').expect(200);
      const res = await request(t.app)
        .delete('/v1/agreements/test-new-2025')
        .set(bearer(keys.editor))
        .set('If-Match', '"v1"')
        .expect(409)
        .expect('Content-Type', PROBLEM);
      expect(res.body.referrers).toEqual([
        'agreement test-old-2020 is coded superseded, and only this agreement renews or replaces it',
      ]);
      expect(await getAgreement(t.db.db, DRAFT, 'test-new-2025')).toBeDefined();
      // Coded by its sources again, the old agreement no longer rests on the new one: the delete goes through.
      await patch('test-old-2020', { status: 'unknown' }, '"v2"').expect(200);
      await request(t.app)
        .delete('/v1/agreements/test-new-2025')
        .set(bearer(keys.editor))
        .set('If-Match', '"v1"')
        .expect(204);
    });
  });
});
