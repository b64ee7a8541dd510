import { createApiKey } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefTestApp, type BriefTestApp } from '../briefs/test-support/brief-test-app.js';
import { STUDIO_CSP } from './studio-csp.js';
import { signIn } from './test-support/sign-in.js';

/** The attribute values of every tag of a kind in a page, e.g. the `src` of each `<script>`. */
function tags(html: string, name: string): string[] {
  return [...html.matchAll(new RegExp(`<${name}\\b[^>]*>`, 'g'))].map((match) => match[0]);
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Checks what the strict CSP demands of a page: no inline script, style or event handler. */
function expectNoInlineCode(html: string): void {
  for (const script of tags(html, 'script')) {
    const external = attribute(script, 'src') !== undefined;
    expect(external || attribute(script, 'type') === 'application/json', script).toBe(true);
  }
  expect(html).not.toMatch(/<style\b/);
  expect(html).not.toMatch(/\sstyle="/);
  expect(html).not.toMatch(/\son[a-z]+="/);
}

describe.each(await testDatabases())('the studio page on $dialect', (database) => {
  let b: BriefTestApp;
  beforeAll(async () => {
    b = await openBriefTestApp(database);
  });
  afterAll(async () => {
    await b.dispose();
  });

  const studio = (cookie?: string) => {
    const test = request(b.t.app).get('/studio');
    return cookie === undefined ? test : test.set('Cookie', cookie);
  };

  it('asks for a key when signed out: the sign-in form, under the strict CSP, never cached', async () => {
    const res = await studio().expect(200).expect('Content-Type', 'text/html; charset=utf-8');
    expect(res.headers['content-security-policy']).toBe(STUDIO_CSP);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.headers['vary']).toMatch(/Cookie/);
    expect(res.text).toMatch(/<form\s+id="sign-in-form"/);
    expect(res.text).toMatch(/<label for="api-key">API key<\/label>/);
    expect(res.text).not.toContain('id="brief-form"');
    expect(res.text).toMatch(/<a href="\/studio" aria-current="page">Briefs<\/a>/);
    expectNoInlineCode(res.text);
    // A cookie that is no session shows the same page.
    const stale = await studio('sco_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA').expect(200);
    expect(stale.text).toMatch(/<form\s+id="sign-in-form"/);
  });

  it('asks its server whether a session is there only when the browser says it signed in and held the cookie back', async () => {
    // An anonymous visitor: the page asks nothing (no request that would answer 401).
    expect((await studio().expect(200)).text).not.toContain('data-probe-session');
    // A link from another site: the Lax marker came, the Strict session cookie did not.
    expect((await studio('sco_signed_in=1').expect(200)).text).toContain('data-probe-session');
    // Both came, but the session has ended: the form, and nothing to ask.
    const ended = await studio(
      'sco_session=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA; sco_signed_in=1',
    ).expect(200);
    expect(ended.text).toMatch(/<form\s+id="sign-in-form"/);
    expect(ended.text).not.toContain('data-probe-session');
  });

  it('shows the studio when signed in: who, the release, the pickers and their data, no briefs yet', async () => {
    const cookie = await signIn(b.t.app, b.keys.communications);
    const res = await studio(cookie).expect(200);
    expect(res.headers['content-security-policy']).toBe(STUDIO_CSP);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.text).toMatch(/Signed in as <b>Communications One<\/b> \(communications\)/);
    expect(res.text).toContain('data release <b>1.0.0</b>');
    expect(res.text).not.toContain('id="sign-in-form"');
    for (const [name, value] of [
      ['template', 'overview'],
      ['template', 'partner'],
      ['template', 'region'],
      ['template', 'sector'],
      ['lang', 'en'],
      ['lang', 'fr'],
      ['lang', 'zh'],
      ['paper', 'a4'],
      ['paper', 'letter'],
      ['length', 'brief'],
      ['length', 'report'],
    ])
      expect(res.text).toMatch(new RegExp(`<input\\s+type="radio"\\s+name="${name}"\\s+value="${value}"`));
    expect(res.text).toContain('<span class="choice-label" lang="zh-Hans"');
    expect(res.text).toMatch(/<progress id="job-progress" max="1" value="0" aria-labelledby="job-title">/);
    expect(res.text).toMatch(/<p id="job-status" role="status" aria-live="polite">/);
    expect(res.text).toMatch(/<iframe id="preview-frame" title="[^"]+" sandbox="allow-scripts"/);
    expect(res.text).toContain('No briefs yet');
    expectNoInlineCode(res.text);

    const block = /<script type="application\/json" id="studio-data">([\s\S]*?)<\/script>/.exec(res.text);
    const data = JSON.parse(block?.[1] ?? 'null') as {
      release: { id: string };
      subjects: Record<string, Record<string, { code: string; name: string; agreements: number }[]>>;
    };
    expect(data.release.id).toBe('1.0.0');
    expect(Object.keys(data.subjects).sort()).toEqual(['en', 'fr', 'zh']);
    const france = (lang: string) => data.subjects[lang]?.['partners']?.find((p) => p.code === 'FRA');
    expect(france('en')).toMatchObject({ name: 'France', agreements: expect.any(Number) });
    expect(france('fr')?.name).toBe('France');
    expect(france('zh')?.name).toBe('法国');
    expect(data.subjects['en']?.['regions']?.map((region) => region.code)).toContain('142');
    expect(data.subjects['en']?.['sectors']?.map((sector) => sector.code)).toContain('35');
  });

  it('escapes what it shows: a key holder named like markup stays text', async () => {
    const name = '</script><script>alert(1)</script> & "Co"';
    const key = await createApiKey(b.t.db.db, { name, role: 'communications', actor: 'test', now: b.t.now });
    const res = await studio(await signIn(b.t.app, key.token)).expect(200);
    expect(res.text).toContain('&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;');
    expect(res.text).not.toContain('<script>alert(1)');
  });

  it('serves its scripts and styles, each module it imports too, under hashed URLs kept a year', async () => {
    const res = await studio(await signIn(b.t.app, b.keys.editor)).expect(200);
    const scripts = tags(res.text, 'script').flatMap((tag) => attribute(tag, 'src') ?? []);
    const links = tags(res.text, 'link');
    const styles = links
      .filter((tag) => attribute(tag, 'rel') === 'stylesheet')
      .flatMap((tag) => attribute(tag, 'href') ?? []);
    const icons = links
      .filter((tag) => attribute(tag, 'rel') === 'icon')
      .flatMap((tag) => attribute(tag, 'href') ?? []);
    expect(icons).toEqual(['/favicon.svg', '/favicon.ico']);
    expect(scripts).toEqual([expect.stringMatching(/^\/studio\/assets\/studio\.js\?v=[0-9a-f]{12}$/)]);
    expect(styles).toEqual([
      expect.stringMatching(/^\/studio\/assets\/site\.css\?v=[0-9a-f]{12}$/),
      expect.stringMatching(/^\/studio\/assets\/studio\.css\?v=[0-9a-f]{12}$/),
    ]);
    for (const url of styles) {
      const css = await request(b.t.app)
        .get(url)
        .expect(200)
        .expect('Content-Type', /^text\/css/);
      expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    // The entry script and, through its imports, every module of the studio.
    const pending = [...scripts];
    const seen = new Set<string>();
    while (pending.length > 0) {
      const url = pending.pop() ?? '';
      if (seen.has(url)) continue;
      seen.add(url);
      const js = await request(b.t.app)
        .get(url)
        .expect(200)
        .expect('Content-Type', /^text\/javascript/);
      for (const match of js.text.matchAll(/from '\.\/([\w-]+\.js)'/g))
        pending.push(`/studio/assets/${match[1] ?? ''}`);
    }
    expect([...seen].map((url) => url.replace(/\?.*/, '')).sort()).toEqual([
      '/studio/assets/studio-brief.js',
      '/studio/assets/studio-call.js',
      '/studio/assets/studio-sign-in.js',
      '/studio/assets/studio.js',
    ]);
    const unversioned = await request(b.t.app).get('/studio/assets/studio.js').expect(200);
    expect(unversioned.headers['cache-control']).toBe('public, max-age=300');
    await request(b.t.app).get('/studio/assets/other.js').expect(404);
    await request(b.t.app).get('/studio/assets/..%2Fpackage.json').expect(404);
  });
});
