import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer } from '../auth/test-support/test-keys.js';
import { openBriefTestApp, type BriefTestApp } from '../briefs/test-support/brief-test-app.js';
import { FROM_STUDIO, signIn } from './test-support/sign-in.js';

const PARTNER_FR = { template: 'partner', subject: 'FRA', lang: 'fr' } as const;

describe.each(await testDatabases())('studio previews on $dialect', (database) => {
  let b: BriefTestApp;
  let cookie: string;
  beforeAll(async () => {
    b = await openBriefTestApp(database);
    cookie = await signIn(b.t.app, b.keys.communications);
  });
  afterAll(async () => {
    await b.dispose();
  });

  const preview = (body: object) =>
    request(b.t.app).post('/studio/previews').set('Cookie', cookie).set(FROM_STUDIO).send(body);

  it('builds the brief as HTML and serves it, with its files, sandboxed under its own CSP', async () => {
    const res = await preview(PARTNER_FR)
      .expect(201)
      .expect('Content-Type', /application\/json/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toEqual({
      href: expect.stringMatching(/^\/studio\/previews\/[0-9a-f]{32}\/$/),
      expires_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    const href = String(res.body.href);

    // The page needs no cookie: its address is its key (the sandboxed frame sends none).
    const page = await request(b.t.app)
      .get(href)
      .expect(200)
      .expect('Content-Type', 'text/html; charset=utf-8');
    expect(page.text).toContain('<html lang="fr"');
    expect(page.text).toMatch(/France\s*(&nbsp;|\u00a0)?: la coopération avec la Chine en matière de normes/);
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).not.toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/; sandbox allow-scripts$/);
    expect(page.headers['cache-control']).toBe('private, max-age=900');
    expect(page.headers['x-content-type-options']).toBe('nosniff');

    // Its files, named relative to the page, and nothing else.
    for (const [file, type] of [
      ['brief.css', /^text\/css/],
      ['fonts.css', /^text\/css/],
      ['brief.js', /^text\/javascript/],
    ] as const) {
      const served = await request(b.t.app).get(`${href}${file}`).expect(200).expect('Content-Type', type);
      expect(String(served.headers['content-security-policy'])).toMatch(/sandbox allow-scripts$/);
    }
    const fonts = await request(b.t.app).get(`${href}fonts.css`).expect(200);
    const font = /url\("?\.?\/?(fonts\/[^")]+\.woff2)"?\)/.exec(fonts.text)?.[1];
    expect(font).toBeDefined();
    await request(b.t.app)
      .get(`${href}${font ?? ''}`)
      .expect(200)
      .expect('Content-Type', 'font/woff2');
    for (const missing of ['nothing.css', '..%2F..%2Fstudio', 'fonts/..%2F..%2Fetc%2Fpasswd'])
      await request(b.t.app).get(`${href}${missing}`).expect(404);

    // Without the trailing slash, the page's files would resolve elsewhere: a redirect adds it.
    const bare = href.slice(0, -1);
    await request(b.t.app).get(bare).expect(301).expect('Location', href);
  });

  it('answers 404 for a token it does not know or that is no token', async () => {
    for (const token of [
      '0123456789abcdef0123456789abcdef',
      'not-a-token',
      'ABCDEF0123456789ABCDEF0123456789',
    ]) {
      const res = await request(b.t.app).get(`/studio/previews/${token}/`).expect(404);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body.detail).toBe('This preview has expired: press Preview in the studio again');
    }
  });

  it('takes the session from the studio (403 without its header), or a key; nobody else (401)', async () => {
    await request(b.t.app).post('/studio/previews').send(PARTNER_FR).expect(401);
    const refused = await request(b.t.app)
      .post('/studio/previews')
      .set('Cookie', cookie)
      .send(PARTNER_FR)
      .expect(403);
    expect(refused.body.type).toBe('/docs/problems/cross-site-request');
    await request(b.t.app)
      .post('/studio/previews')
      .set(bearer(b.keys.editor))
      .send({ template: 'overview', lang: 'zh' })
      .expect(201);
  });

  it('refuses a bad brief naming the field (400) and an unknown partner (422)', async () => {
    const bad = await preview({ template: 'partner', lang: 'de' }).expect(400);
    expect(bad.body.errors.map((error: { name: string }) => error.name).sort()).toEqual(['lang']);
    const noSubject = await preview({ template: 'region', lang: 'en' }).expect(400);
    expect(noSubject.body.errors).toEqual([
      { name: 'subject', in: 'body', reason: 'a region brief needs a subject' },
    ]);
    const unknown = await preview({ template: 'partner', subject: 'ATL', lang: 'en' }).expect(422);
    expect(unknown.body.detail).toMatch(/ATL/);
  });
});
