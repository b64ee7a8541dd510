import { createApiKey } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../auth/test-support/test-keys.js';
import { briefJobListSchema, briefJobSchema } from './briefs.schemas.js';
import { BRIEF_HOST, openBriefTestApp, type BriefTestApp } from './test-support/brief-test-app.js';
import { rawResponse } from '../test-support/raw-response.js';
import { followJob, type JobBody } from './test-support/follow-job.js';
import { pdfText } from './test-support/pdf-text.js';

/** A small brief: the ICS field 35 (information technology), in French on Letter paper. */
const SECTOR = { template: 'sector', subject: '35', lang: 'fr', paper: 'letter' } as const;

describe.each(await testDatabases())('brief jobs through /v1/briefs on $dialect', (database) => {
  let b: BriefTestApp;
  /** The sector brief, once rendered. */
  let first: JobBody;

  beforeAll(async () => {
    b = await openBriefTestApp(database);
  });
  afterAll(async () => {
    await b.dispose();
  });

  const post = (token: string | null, body: object) => {
    const test = request(b.t.app).post('/v1/briefs').set('Host', BRIEF_HOST);
    return (token === null ? test : test.set(bearer(token))).send(body);
  };

  it('answers 202 with the job at its Location, shows its progress up to done, and serves the PDF', async () => {
    const { app } = b.t;
    const token = b.keys.communications;
    const res = await post(token, SECTOR).expect(202);
    const created = briefJobSchema.parse(res.body);
    const location = `/v1/briefs/${created.id}`;
    expect(res.headers['location']).toBe(location);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(created).toMatchObject({
      href: location,
      request: { template: 'sector', subject: '35', lang: 'fr', paper: 'letter', release: '1.0.0' },
      attempts: 1,
      file_name: 'sco-brief-sector-35-fr-letter-1.0.0.pdf',
      pdf: null,
      problem: null,
    });
    expect(['queued', 'rendering']).toContain(created.status);

    // Its PDF is not there yet.
    const early = await request(app).get(`${location}/pdf`).set(bearer(token)).expect(409);
    expect(early.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(early.body.type).toBe('/docs/problems/brief-not-ready');
    expect(['queued', 'rendering']).toContain(early.body.job_status);

    // Polled as a client does: the steps run, the progress only grows, up to done.
    const { job, seen } = await followJob(app, token, created.id);
    const progress = seen.map((state) => state.progress);
    expect(progress).toEqual([...progress].sort((a, c) => a - c));
    expect(seen.some((state) => state.status === 'rendering' && state.step !== null)).toBe(true);
    expect(seen.some((state) => state.progress > 0 && state.progress < 1)).toBe(true);
    expect(job).toMatchObject({
      id: created.id,
      status: 'done',
      step: null,
      progress: 1,
      queue_position: null,
      attempts: 1,
      pdf: `${location}/pdf`,
      problem: null,
    });
    expect(job.pages).toBeGreaterThanOrEqual(6);
    expect(job.timings.render_ms).toBeGreaterThan(0);
    expect(job.timings.steps.pdf).toBeGreaterThan(0);
    first = job;

    // The PDF: an attachment named after the brief, with a strong ETag.
    const pdf = await rawResponse(request(app).get(`${location}/pdf`).set(bearer(token)));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      'attachment; filename="sco-brief-sector-35-fr-letter-1.0.0.pdf"',
    );
    expect(pdf.headers['etag']).toMatch(/^"[\w-]{32}"$/);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.body.byteLength).toBe(job.bytes);
    await request(app)
      .get(`${location}/pdf`)
      .set(bearer(token))
      .set('If-None-Match', pdf.headers['etag'] ?? '')
      .expect(304);

    // Its text is extractable, and its headline row holds the figures /v1/indicators gives.
    const indicator = await request(app).get('/v1/indicators/agreements?sector=35&lang=fr').expect(200);
    const { values } = indicator.body.total;
    const row = [
      indicator.body.indicator.title,
      values.verified.formatted,
      values.verified_single.formatted,
      values.all.formatted,
      indicator.body.total.range,
    ].join(' ');
    const { text, pages } = await pdfText(pdf.body);
    expect(pages).toBe(job.pages);
    // Without whitespace: pdftotext drops the narrow spaces around a French range's "à" in a table cell.
    const squeeze = (value: string) => value.replace(/\s+/g, '');
    expect(squeeze(text)).toContain(squeeze(row));
    expect(text).toContain('1.0.0');
  });

  it('gives the same brief asked again the same job, and the brief of a new release a new job', async () => {
    const { app } = b.t;
    const again = await post(b.keys.editor, SECTOR).expect(200);
    expect(again.headers['location']).toBe(first.href);
    expect(briefJobSchema.parse(again.body)).toMatchObject({ id: first.id, status: 'done' });
    const named = await post(b.keys.editor, { ...SECTOR, release: '1.0.0' }).expect(200);
    expect(named.body.id).toBe(first.id);
    const listed = await request(app).get('/v1/briefs').set(bearer(b.keys.editor)).expect(200);
    expect(briefJobListSchema.parse(listed.body).items.map((job) => job.id)).toEqual([first.id]);

    // An edit, released as 1.1.0: the same brief is now another one.
    const draft = await request(app)
      .get('/v1/agreements/sac-din-2006?state=draft')
      .set(bearer(b.keys.editor))
      .expect(200);
    await request(app)
      .patch('/v1/agreements/sac-din-2006')
      .set(bearer(b.keys.editor))
      .set('If-Match', String(draft.headers['etag']))
      .set('Content-Type', 'application/merge-patch+json')
      .send(JSON.stringify({ notes: 'Checked for the brief tests' }))
      .expect(200);
    await request(app)
      .post('/v1/releases')
      .set(bearer(b.keys.admin))
      .send({ id: '1.1.0', notes: 'A note checked' })
      .expect(201);
    const renewed = await post(b.keys.communications, SECTOR).expect(202);
    const next = briefJobSchema.parse(renewed.body);
    expect(next.id).not.toBe(first.id);
    expect(next.request.release).toBe('1.1.0');
    expect(next.file_name).toBe('sco-brief-sector-35-fr-letter-1.1.0.pdf');
    const { job } = await followJob(app, b.keys.communications, next.id);
    expect(job.status).toBe('done');

    // The brief of the first release is still the first job.
    const old = await post(b.keys.communications, { ...SECTOR, release: '1.0.0' }).expect(200);
    expect(old.body.id).toBe(first.id);
    const mine = await request(app).get('/v1/briefs').set(bearer(b.keys.communications)).expect(200);
    expect(mine.body.total).toBe(2);
    expect((mine.body.items as { id: string }[]).map((item) => item.id).sort()).toEqual(
      [first.id, next.id].sort(),
    );
    const one = await request(app).get('/v1/briefs?limit=1').set(bearer(b.keys.communications)).expect(200);
    expect(one.body.items).toHaveLength(1);
  });

  it('needs a key (401), shows a job only to those who asked for it and to admins (404)', async () => {
    const { app } = b.t;
    const anonymous = [
      post(null, SECTOR),
      request(app).get('/v1/briefs'),
      request(app).get(first.href),
      request(app).get(`${first.href}/pdf`),
    ];
    for (const test of anonymous) {
      const res = await test.expect(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="sco"/);
    }
    await post('sco_000000000000_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA', SECTOR).expect(401);

    const other = b.keys.communications2;
    const hidden = await request(app).get(first.href).set(bearer(other)).expect(404);
    expect(hidden.body.type).toBe('/docs/problems/not-found');
    await request(app).get(`${first.href}/pdf`).set(bearer(other)).expect(404);
    const none = await request(app).get('/v1/briefs').set(bearer(other)).expect(200);
    expect(none.body).toEqual({ total: 0, items: [] });
    const seen = await request(app).get(first.href).set(bearer(b.keys.admin)).expect(200);
    expect(seen.body.id).toBe(first.id);
  });

  it('lets the communications role render briefs and nothing else (403 for edits and releases)', async () => {
    const { app } = b.t;
    const token = b.keys.communications;
    const edit = await request(app)
      .patch('/v1/agreements/sac-din-2006')
      .set(bearer(token))
      .set('If-Match', '*')
      .set('Content-Type', 'application/merge-patch+json')
      .send('{"notes": "x"}')
      .expect(403);
    expect(edit.body.detail).toMatch(/this key has the role communications/);
    await request(app).post('/v1/releases').set(bearer(token)).send({ id: '9.0.0', notes: 'x' }).expect(403);
  });

  it('takes the studio session cookie, only from the studio itself (403 from elsewhere)', async () => {
    const { app } = b.t;
    const signIn = await request(app)
      .post('/studio/session')
      .set('Sco-Studio', '1')
      .send({ key: b.keys.communications })
      .expect(201);
    const cookie = String(signIn.headers['set-cookie']).split(';')[0] ?? '';
    expect(cookie).toMatch(/^sco_session=./);
    const fromStudio = await request(app)
      .post('/v1/briefs')
      .set('Host', BRIEF_HOST)
      .set('Cookie', cookie)
      .set('Sco-Studio', '1')
      .send({ ...SECTOR, release: '1.0.0' })
      .expect(200);
    expect(fromStudio.body.id).toBe(first.id);
    const list = await request(app).get('/v1/briefs').set('Cookie', cookie).expect(200);
    expect(list.body.total).toBe(2);

    const crossSite = await request(app)
      .post('/v1/briefs')
      .set('Host', BRIEF_HOST)
      .set('Cookie', cookie)
      .send(SECTOR)
      .expect(403);
    expect(crossSite.body.type).toBe('/docs/problems/cross-site-request');
    await request(app)
      .post('/v1/briefs')
      .set('Host', BRIEF_HOST)
      .set('Cookie', cookie)
      .set('Sco-Studio', '1')
      .set('Origin', 'https://partner.example')
      .send(SECTOR)
      .expect(403);
  });

  it('refuses a bad request naming each bad field (400), an unknown partner, region, sector or release (422)', async () => {
    const token = b.keys.communications;
    const before = b.briefs.rendererStats();
    const fieldsOf = async (body: object, status = 400) => {
      const res = await post(token, body).expect(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      return (res.body.errors as { name: string; in: string }[]).map((error) => `${error.in}:${error.name}`);
    };
    expect(await fieldsOf({ template: 'memo', lang: 'en' })).toContain('body:template');
    expect(await fieldsOf({ template: 'overview', lang: 'de' })).toEqual(['body:lang']);
    expect(await fieldsOf({ template: 'overview', lang: 'en', paper: 'a3' })).toEqual(['body:paper']);
    expect((await fieldsOf({ template: 'overview', lang: 'de', paper: 'a3' })).sort()).toEqual([
      'body:lang',
      'body:paper',
    ]);
    expect(await fieldsOf({ template: 'overview', lang: 'en', colour: 'red' })).toEqual(['body:colour']);
    expect(await fieldsOf({ template: 'overview', lang: 'en', subject: 'RUS' })).toEqual(['body:subject']);
    expect(await fieldsOf({ template: 'partner', lang: 'en' })).toEqual(['body:subject']);
    expect(await fieldsOf({ template: 'partner', subject: 'russia', lang: 'en' })).toEqual(['body:subject']);
    expect(await fieldsOf({ template: 'region', subject: 'Asia!', lang: 'en' })).toEqual(['body:subject']);
    expect(await fieldsOf({ template: 'overview', lang: 'en', release: 'v1' })).toEqual(['body:release']);
    expect(await fieldsOf({ template: 'partner', subject: 'XYZ', lang: 'en' }, 422)).toEqual([
      'body:subject',
    ]);
    expect(await fieldsOf({ template: 'overview', lang: 'en', release: '9.9.9' }, 422)).toEqual([
      'body:release',
    ]);
    // An unknown subject is the same problem for every template (a sector too: build-brief.test.ts).
    for (const [template, subject] of [
      ['partner', 'XYZ'],
      ['region', '999'],
    ] as const) {
      const res = await post(token, { template, subject, lang: 'en' }).expect(422);
      expect(res.body).toMatchObject({ type: '/docs/problems/unknown-subject', subject });
    }
    await post(token, {}).expect(400);
    await request(b.t.app)
      .post('/v1/briefs')
      .set('Host', BRIEF_HOST)
      .set(bearer(token))
      .set('Content-Type', 'application/json')
      .send('{"template": ')
      .expect(400);
    await request(b.t.app)
      .post('/v1/briefs')
      .set('Host', BRIEF_HOST)
      .set(bearer(token))
      .set('Content-Type', 'text/plain')
      .send('template=overview')
      .expect(415);
    // None of them reached the renderer.
    expect(b.briefs.rendererStats()).toEqual(before);
    const mine = await request(b.t.app).get('/v1/briefs').set(bearer(token)).expect(200);
    expect(mine.body.total).toBe(2);
  });

  it('answers 404 for an unknown job, 400 for what is not a job id or a limit', async () => {
    const { app } = b.t;
    const token = b.keys.admin;
    const unknown = `brief-${'0'.repeat(32)}`;
    const missing = await request(app).get(`/v1/briefs/${unknown}`).set(bearer(token)).expect(404);
    expect(missing.body.detail).toContain(unknown);
    await request(app).get(`/v1/briefs/${unknown}/pdf`).set(bearer(token)).expect(404);
    const malformed = await request(app).get('/v1/briefs/not-a-job').set(bearer(token)).expect(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ name: 'id', in: 'path' })]);
    const limit = await request(app).get('/v1/briefs?limit=0').set(bearer(token)).expect(400);
    expect(limit.body.errors).toEqual([expect.objectContaining({ name: 'limit', in: 'query' })]);
    await request(app).get(first.href).set(bearer(token)).set('Accept', 'text/html').expect(406);
  });

  it('limits the briefs asked for per key, rendered or not (429 with Retry-After)', async () => {
    const app = b.appWith(b.briefs, { rateLimits: { briefs: 2 } });
    const ask = (token: string) =>
      request(app)
        .post('/v1/briefs')
        .set('Host', BRIEF_HOST)
        .set(bearer(token))
        .send({ ...SECTOR, release: '1.0.0' });
    // A key of its own: on PostgreSQL every app of the database counts together, as processes do.
    const fresh = await createApiKey(b.t.db.db, {
      name: 'Limited',
      role: 'editor',
      actor: 'test',
      now: b.t.now,
    });
    await ask(fresh.token).expect(200);
    await ask(fresh.token).expect(200);
    const limited = await ask(fresh.token).expect(429);
    expect(limited.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(limited.body).toMatchObject({ type: '/docs/problems/too-many-requests', status: 429 });
    expect(limited.body.detail).toMatch(/^At most 2 briefs per 60 s per API key/);
    // Another key has its own count; reading jobs is not limited.
    await ask(b.keys.admin).expect(200);
    await request(app).get(first.href).set(bearer(b.keys.editor)).expect(200);
  });
});
