import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADDED_ID,
  importNextRelease,
  NEXT_PUBLISHED_AT,
  NEXT_VERSION,
  REMOVED_ID,
} from '../releases/test-support/next-release.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { MAX_FEED_ENTRIES } from './feed.service.js';
import { checkWellFormed } from './test-support/xml-well-formed.js';

const PROXIED = { 'X-Forwarded-Host': 'observatory.example', 'X-Forwarded-Proto': 'https' };

interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  href: string;
  summary: string;
}

/** The entries of a feed this API wrote (its layout is known: one element per line). */
function entries(xml: string): ParsedEntry[] {
  return [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map(([, body = '']) => {
    const text = (name: string) => new RegExp(`<${name}>([^<]*)</${name}>`).exec(body)?.[1] ?? '';
    return {
      id: text('id'),
      title: text('title'),
      updated: text('updated'),
      href: /<link rel="alternate" href="([^"]*)"/.exec(body)?.[1] ?? '',
      summary: text('summary'),
    };
  });
}

describe('the well-formedness check of the feed tests', () => {
  it('accepts a well-formed document and rejects broken ones', () => {
    expect(checkWellFormed('<?xml version="1.0"?>\n<a x="1 &amp; 2"><b/>t &lt; u</a>\n')).toEqual(['a', 'b']);
    for (const broken of [
      '<?xml version="1.0"?><a><b></a></b>',
      '<?xml version="1.0"?><a>x ]]> y</a>',
      '<?xml version="1.0"?><a>Tom & Jerry</a>',
      '<?xml version="1.0"?><a><script>x</a>',
      '<?xml version="1.0"?><a x="<"/>',
      '<?xml version="1.0"?><a/><b/>',
      '<a/>',
    ]) {
      expect(() => checkWellFormed(broken), broken).toThrow();
    }
  });
});

describe.each(await testDatabases())('GET /v1/feed.atom on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
    await importNextRelease(t);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('is a well-formed Atom feed of releases and new agreements, newest first, at most 50 entries', async () => {
    const res = await request(t.app).get('/v1/feed.atom').set(PROXIED).expect(200);
    expect(res.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    expect(res.headers['sco-release']).toBe(NEXT_VERSION);
    expect(res.headers['cache-control']).toMatch(/max-age=60/);
    const xml = res.text;
    const names = checkWellFormed(xml);
    expect(names[0]).toBe('feed');
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">');
    expect(xml).toContain(
      '<link rel="self" href="https://observatory.example/v1/feed.atom" type="application/atom+xml"/>',
    );
    expect(xml).toContain(`<updated>${NEXT_PUBLISHED_AT}</updated>`);
    expect(xml).toContain('<id>tag:observatory.example,2026-11-28:feed</id>');

    const list = entries(xml);
    expect(list).toHaveLength(MAX_FEED_ENTRIES);
    expect(list[0]).toEqual({
      id: `tag:observatory.example,2026-12-01:release/${NEXT_VERSION}`,
      title: `Release ${NEXT_VERSION}`,
      updated: NEXT_PUBLISHED_AT,
      href: `https://observatory.example/v1/releases/${NEXT_VERSION}`,
      summary:
        'Second release &lt;with&gt; &amp; &quot;markup&quot; — 5 changes: 1 agreement added, 1 updated, 1 removed.',
    });
    expect(list[1]).toMatchObject({
      id: `tag:observatory.example,2026-12-01:release/${NEXT_VERSION}/agreement/${ADDED_ID}`,
      href: `https://observatory.example/v1/agreements/${ADDED_ID}`,
      updated: NEXT_PUBLISHED_AT,
      summary: `Memorandum of understanding, signed 2026-05; new in release ${NEXT_VERSION}.`,
    });
    expect(list[2]).toMatchObject({
      title: `Release ${t.dataset.version}`,
      updated: '2026-11-28T12:00:00.000Z',
      href: `https://observatory.example/v1/releases/${t.dataset.version}`,
    });
    const firstAgreements = list.slice(3);
    expect(firstAgreements).toHaveLength(MAX_FEED_ENTRIES - 3);
    const known = new Set(t.dataset.tables.agreements.map((a) => a.id));
    for (const entry of firstAgreements) {
      const id = entry.href.replace('https://observatory.example/v1/agreements/', '');
      expect(known.has(id), id).toBe(true);
      expect(entry.id).toBe(
        `tag:observatory.example,2026-11-28:release/${t.dataset.version}/agreement/${id}`,
      );
    }
    expect(list.map((e) => e.id)).not.toContain(
      `tag:observatory.example,2026-12-01:release/${NEXT_VERSION}/agreement/${REMOVED_ID}`,
    );
    expect(new Set(list.map((e) => e.id)).size).toBe(list.length);
  });

  it('escapes a hostile title so that it stays text', async () => {
    const res = await request(t.app).get('/v1/feed.atom').expect(200);
    expect(res.text).toContain(
      '<title>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ]]&gt; &amp; Tom&apos;s {braces} 100% \\end</title>',
    );
    expect(res.text).not.toContain('<script>');
    expect(res.text).not.toContain(']]>');
    checkWellFormed(res.text);
  });

  it('builds absolute links from the host the request reached', async () => {
    const res = await request(t.app).get('/v1/feed.atom').expect(200);
    const [first] = entries(res.text);
    expect(first?.href).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/releases\/1\.1\.0$/);
    expect(first?.id).toBe(`tag:127.0.0.1,2026-12-01:release/${NEXT_VERSION}`);
  });

  it('answers 304 to a matching ETag; another host or type gets another ETag', async () => {
    const res = await request(t.app).get('/v1/feed.atom').set(PROXIED).expect(200);
    const etag = res.headers['etag'] as string;
    await request(t.app).get('/v1/feed.atom').set(PROXIED).set('If-None-Match', etag).expect(304);
    const local = await request(t.app).get('/v1/feed.atom').set('If-None-Match', etag).expect(200);
    expect(local.headers['etag']).not.toBe(etag);
    const xml = await request(t.app).get('/v1/feed.atom').set('Accept', 'application/xml').expect(200);
    expect(xml.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(xml.headers['etag']).not.toBe(local.headers['etag']);
    expect(xml.headers['vary']).toMatch(/Accept/);
  });

  it('rejects query parameters, unacceptable types and hostile forwarded headers', async () => {
    const unknown = await request(t.app).get('/v1/feed.atom?limit=10&lang=fr').expect(400);
    expect((unknown.body.errors as { name: string }[]).map((e) => e.name).sort()).toEqual(['lang', 'limit']);
    await request(t.app).get('/v1/feed.atom').set('Accept', 'application/json').expect(406);
    for (const host of [
      'evil.example/<script>',
      'user@evil.example',
      'a b',
      '"><x',
      `${'h'.repeat(300)}.example`,
    ]) {
      const res = await request(t.app).get('/v1/feed.atom').set('X-Forwarded-Host', host).expect(400);
      expect(res.body.errors).toEqual([
        { name: 'X-Forwarded-Host', in: 'header', reason: expect.stringContaining('expected a host name') },
      ]);
    }
    const proto = await request(t.app)
      .get('/v1/feed.atom')
      .set('X-Forwarded-Proto', 'javascript')
      .expect(400);
    expect(proto.body.errors).toEqual([
      { name: 'X-Forwarded-Proto', in: 'header', reason: 'expected http or https' },
    ]);
    await request(t.app).post('/v1/feed.atom').expect(405);
  });
});
