import { createApiKey } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../auth/test-support/test-keys.js';
import { rawResponse } from '../test-support/raw-response.js';
import { briefJobSchema } from './briefs.schemas.js';
import { BRIEF_HOST as HOST, openBriefTestApp, type BriefTestApp } from './test-support/brief-test-app.js';
import { followJob } from './test-support/follow-job.js';
import { pdfText } from './test-support/pdf-text.js';

const QUERY = 'template=sector&subject=35&lang=en&paper=letter&release=1.0.0';
const PERMALINK = `http://${HOST}/v1/briefs/pdf?${QUERY}`;

describe.each(await testDatabases())('a brief’s permalink, GET /v1/briefs/pdf, on $dialect', (database) => {
  let b: BriefTestApp;

  beforeAll(async () => {
    b = await openBriefTestApp(database);
  });
  afterAll(async () => {
    await b.dispose();
  });

  const open = (query: string, token: string | null = null) => {
    const test = request(b.t.app).get(`/v1/briefs/pdf?${query}`).set('Host', HOST);
    return token === null ? test : test.set(bearer(token));
  };

  it('starts a brief not rendered yet for anyone (202, come back here), then answers its PDF (200)', async () => {
    const res = await open(QUERY).expect(202);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(res.headers['location']).toBe(PERMALINK);
    expect(res.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(res.headers['refresh']).toBe(`${String(res.headers['retry-after'])}; url=${PERMALINK}`);
    expect(res.headers['cache-control']).toBe('no-store');
    // A script on another origin (a partner page) may read where to come back, and when.
    expect(String(res.headers['access-control-expose-headers']).split(',')).toEqual(
      expect.arrayContaining([
        'Location',
        'Retry-After',
        'Refresh',
        'Content-Location',
        'Content-Disposition',
      ]),
    );
    const job = briefJobSchema.parse(res.body);
    expect(job.request).toMatchObject({ template: 'sector', subject: '35', lang: 'en', release: '1.0.0' });
    expect(['queued', 'rendering']).toContain(job.status);
    // Asked again while it renders: the same job, nothing queued twice.
    const again = await open(QUERY).expect(202);
    expect(again.body.id).toBe(job.id);
    // Nobody's job (no key asked for it): an admin sees it.
    expect((await followJob(b.t.app, b.keys.admin, job.id)).job.status).toBe('done');

    const pdf = await rawResponse(open(QUERY));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      'inline; filename="sco-brief-sector-35-en-letter-1.0.0.pdf"',
    );
    expect(pdf.headers['cache-control']).toBe('private, max-age=31536000, immutable');
    expect(pdf.headers['etag']).toMatch(/^"[\w-]{32}"$/);
    expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await open(QUERY)
      .set('If-None-Match', pdf.headers['etag'] ?? '')
      .expect(304);
    // The brief prints this very address in its colophon (the line may break inside it).
    const { text } = await pdfText(pdf.body);
    expect(text.replace(/\s+/g, '')).toContain(PERMALINK);
    expect(text).not.toContain('POST /v1/briefs');

    // A POST of the same brief on the same origin is the same job, already done.
    const posted = await request(b.t.app)
      .post('/v1/briefs')
      .set('Host', HOST)
      .set(bearer(b.keys.communications))
      .send({ template: 'sector', subject: '35', lang: 'en', paper: 'letter' })
      .expect(200);
    expect(posted.body.id).toBe(job.id);

    // Without a release: the latest, revalidated, with the pinned permalink as its Content-Location.
    const latest = await rawResponse(open('template=sector&subject=35&lang=en&paper=letter'));
    expect(latest.status).toBe(200);
    expect(latest.headers['etag']).toBe(pdf.headers['etag']);
    expect(latest.headers['cache-control']).toBe('no-cache');
    expect(latest.headers['content-location']).toBe(PERMALINK);
  });

  it('refuses a bad query naming each bad parameter (400), an unknown subject or release as POST does (422)', async () => {
    const before = b.briefs.rendererStats();
    // With a key (any role may open a permalink): counted apart from the anonymous readers above.
    const problemOf = async (query: string, status: number) => {
      const res = await open(query, b.keys.editor).expect(status);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      return res.body as { type: string; errors: { name: string; in: string }[] };
    };
    const fieldsOf = async (query: string, status = 400) =>
      (await problemOf(query, status)).errors.map((error) => `${error.in}:${error.name}`);
    expect(await fieldsOf('template=memo&lang=en')).toContain('query:template');
    expect(await fieldsOf('template=overview&lang=de')).toEqual(['query:lang']);
    expect((await fieldsOf('template=overview&lang=de&paper=a3')).sort()).toEqual([
      'query:lang',
      'query:paper',
    ]);
    expect(await fieldsOf('template=overview&lang=en&colour=red')).toEqual(['query:colour']);
    expect(await fieldsOf('template=overview&lang=en&subject=RUS')).toEqual(['query:subject']);
    expect(await fieldsOf('template=partner&lang=en')).toEqual(['query:subject']);
    expect(await fieldsOf('template=partner&subject=russia&lang=en')).toEqual(['query:subject']);
    expect(await fieldsOf('template=overview&lang=en&length=long')).toEqual(['query:length']);
    expect(await fieldsOf('template=overview&lang=en&release=v1')).toEqual(['query:release']);
    expect(await fieldsOf('template=overview&lang=en&release=9.9.9', 422)).toEqual(['query:release']);

    // An unknown subject: the status and problem a POST of the same fields gets, for every template.
    for (const [template, subject] of [
      ['partner', 'XYZ'],
      ['region', '999'],
      ['sector', '98'],
    ] as const) {
      const posted = await request(b.t.app)
        .post('/v1/briefs')
        .set(bearer(b.keys.communications))
        .send({ template, subject, lang: 'en' });
      const problem = await problemOf(`template=${template}&subject=${subject}&lang=en`, posted.status);
      expect(posted.status).toBe(422);
      expect(problem.type).toBe(posted.body.type);
      expect(problem.errors).toEqual([expect.objectContaining({ name: 'subject', in: 'query' })]);
    }
    // None of them reached the renderer.
    expect(b.briefs.rendererStats()).toEqual(before);
  });

  it('limits the briefs asked for through it, rendered or not (429 with Retry-After)', async () => {
    const app = b.appWith(b.briefs, { rateLimits: { briefs: 1 } });
    // A key of its own: on PostgreSQL every app of the database counts together, as processes do.
    const fresh = await createApiKey(b.t.db.db, {
      name: 'Limited',
      role: 'editor',
      actor: 'test',
      now: b.t.now,
    });
    const ask = () => request(app).get(`/v1/briefs/pdf?${QUERY}`).set('Host', HOST).set(bearer(fresh.token));
    await ask().expect(200);
    const limited = await ask().expect(429);
    expect(limited.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(limited.body).toMatchObject({ type: '/docs/problems/too-many-requests', status: 429 });
  });
});

describe.each(await testDatabases())('a brief’s permalink beyond a full queue on $dialect', (database) => {
  let b: BriefTestApp;

  beforeAll(async () => {
    // One brief rendered at a time, none waiting: a second is one too many.
    b = await openBriefTestApp(database, { concurrency: 1, queueSize: 0 });
  });
  afterAll(async () => {
    await b.dispose();
  });

  it('answers 429 with Retry-After, as a POST does, and renders what it took', async () => {
    const ask = (lang: string) =>
      request(b.t.app).get(`/v1/briefs/pdf?template=sector&subject=35&lang=${lang}`).set('Host', HOST);
    const taken = briefJobSchema.parse((await ask('en').expect(202)).body);
    const refused = await ask('fr').expect(429);
    expect(refused.headers['retry-after']).toMatch(/^[1-9]\d*$/);
    expect(refused.body).toMatchObject({ type: '/docs/problems/renderer-busy', status: 429 });
    const posted = await request(b.t.app)
      .post('/v1/briefs')
      .set('Host', HOST)
      .set(bearer(b.keys.communications))
      .send({ template: 'sector', subject: '35', lang: 'zh' })
      .expect(429);
    expect(posted.body.type).toBe(refused.body.type);
    expect((await followJob(b.t.app, b.keys.admin, taken.id)).job.status).toBe('done');
    const pdf = await rawResponse(ask('en'));
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
  });
});
