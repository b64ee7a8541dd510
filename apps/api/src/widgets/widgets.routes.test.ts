import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import type { Express } from 'express';
import { pino } from 'pino';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '@sco/config';
import { createApp } from '../app.js';
import type { AppDeps } from '../deps.js';
import { SITE_NAV } from '../pages/site-layout.js';
import { rootDir } from '../test-support/test-app.js';
import { WidgetArchive } from './widget-archive.js';
import { loadWidgets } from './widget-bundle.js';
import { widgetManifestSchema, type WidgetManifest } from './widget-manifest.js';

/** The widgets' built folder. */
const widgetsDist = () => path.dirname(createRequire(import.meta.url).resolve('@sco/widgets/manifest.json'));

/**
 * An app on SQLite whose database throws when touched: serving the widgets needs none (earlier versions
 * are kept in the state folder, a fresh one here).
 */
const untouchable = new Proxy(
  {},
  {
    get(_target, property) {
      // Building the app asks once whether there is a PostgreSQL pool (for the rate limits): there is none.
      if (property === 'pgPool') return undefined;
      if (property === 'dialect') return 'sqlite';
      throw new Error(`the widget routes touched the database (${String(property)})`);
    },
  },
) as AppDeps['db'];

function appWithoutDatabase(stateDir: string): Express {
  return createApp({
    db: untouchable,
    config: loadConfig({ SCO_STATE_DIR: stateDir }, rootDir),
    logger: pino({ level: 'silent' }),
    now: () => new Date(0),
  });
}

const sri = (bytes: Buffer) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Keeps a body as the bytes sent (supertest would read text). */
const binary = ((res: NodeJS.ReadableStream, done: (error: Error | null, body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => {
    done(null, Buffer.concat(chunks));
  });
}) as unknown as Parameters<request.Test['parse']>[0];

describe('the widgets served by the API', () => {
  let app: Express;
  let manifest: WidgetManifest;
  let version: string;

  let stateDir: string;

  beforeAll(async () => {
    stateDir = await mkdtemp(path.join(tmpdir(), 'sco-widgets-'));
    app = appWithoutDatabase(stateDir);
    const file = createRequire(import.meta.url).resolve('@sco/widgets/manifest.json');
    manifest = widgetManifestSchema.parse(JSON.parse(await readFile(file, 'utf8')));
    version = manifest.version;
  });
  afterAll(async () => {
    await rm(stateDir, { recursive: true, force: true });
  });

  it('serves every file of the manifest at /widgets/<version>/, exactly as hashed, immutable, open to every origin', async () => {
    for (const entry of manifest.files) {
      const res = await request(app)
        .get(`/widgets/${version}/${entry.file}`)
        .set('Origin', 'https://partner.example')
        .set('Accept-Encoding', 'identity')
        .buffer(true)
        .parse(binary)
        .expect(200);
      const body = res.body as Buffer;
      expect({ file: entry.file, integrity: sri(body) }).toEqual({
        file: entry.file,
        integrity: entry.integrity,
      });
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(res.headers['access-control-allow-origin']).toBe('*');
      expect(res.headers['cross-origin-resource-policy']).toBe('cross-origin');
      expect(res.headers['etag']).toMatch(/^"[\w]+"$/);
    }
  });

  it('gives each file its media type (scripts must be JavaScript for nosniff and modules)', async () => {
    const type = async (file: string) =>
      String((await request(app).get(`/widgets/${version}/${file}`).expect(200)).headers['content-type']);
    expect(await type(manifest.entry)).toBe('text/javascript; charset=utf-8');
    expect(await type(manifest.geometry)).toBe('application/json; charset=utf-8');
    expect(await type('custom-elements.json')).toBe('application/json; charset=utf-8');
    expect(await type('docs.css')).toBe('text/css; charset=utf-8');
    expect(await type('docs.html')).toBe('text/html; charset=utf-8');
  });

  it('sends gzip to clients that accept it, with its own ETag, and 304 to a client that holds the file', async () => {
    const path = `/widgets/${version}/${manifest.geometry}`;
    const entry = manifest.files.find((f) => f.file === manifest.geometry);
    const zipped = await request(app)
      .get(path)
      .set('Accept-Encoding', 'gzip')
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('Content-Encoding', 'gzip')
      .expect('Vary', /Accept-Encoding/);
    // supertest unzips the body; the length sent is the compressed one.
    expect(sri(zipped.body as Buffer)).toBe(entry?.integrity);
    expect(Number(zipped.headers['content-length'])).toBeLessThan((entry?.bytes ?? 0) / 2);
    const plain = await request(app).get(path).set('Accept-Encoding', 'identity').expect(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zipped.headers['etag']).not.toBe(plain.headers['etag']);
    await request(app)
      .get(path)
      .set('Accept-Encoding', 'identity')
      .set('If-None-Match', String(plain.headers['etag']))
      .expect(304);
  });

  it('redirects /widgets/latest/<file> to the current version, cached five minutes', async () => {
    const res = await request(app).get(`/widgets/latest/${manifest.entry}`).expect(302);
    expect(res.headers['location']).toBe(`/widgets/${version}/${manifest.entry}`);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    await request(app).get('/widgets/latest/geo/countries-110m.json').expect(302);
  });

  it('keeps serving an earlier version it served, by its hashes, after an upgrade', async () => {
    // This process served `version` above, so the state folder keeps it. An upgraded API (simulated: the
    // same files archived under an earlier version number) still serves a page pinned to that version.
    const served = path.join(stateDir, 'widgets', version, ...manifest.entry.split('/'));
    expect(await readFile(served)).toEqual(await readFile(path.join(widgetsDist(), manifest.entry)));
    const archive = new WidgetArchive(untouchable, stateDir, pino({ level: 'silent' }));
    const loaded = await loadWidgets();
    await archive.keep({ ...loaded, manifest: { ...loaded.manifest, version: '0.0.1-old' } });
    const upgraded = appWithoutDatabase(stateDir);
    for (const entry of manifest.files) {
      const res = await request(upgraded)
        .get(`/widgets/0.0.1-old/${entry.file}`)
        .set('Accept-Encoding', 'identity')
        .buffer(true)
        .parse(binary)
        .expect(200);
      expect(sri(res.body as Buffer)).toBe(entry.integrity);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    await request(upgraded).get('/widgets/0.0.1-old/nope.js').expect(404);
    await request(upgraded).get(`/widgets/0.0.2-never/${manifest.entry}`).expect(404);
  });

  it('answers 404 problems for another version, a file the manifest does not list, or a path out of dist/', async () => {
    for (const path of [
      `/widgets/0.0.0-nope/${manifest.entry}`,
      `/widgets/${version}/manifest.json`,
      `/widgets/${version}/nope.js`,
      `/widgets/latest/nope.js`,
      `/widgets/${version}/..%2Fpackage.json`,
      `/widgets/${version}/geo/..%2F..%2Fpackage.json`,
    ]) {
      const res = await request(app)
        .get(path)
        .expect(404)
        .expect('Content-Type', /application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 404, type: '/docs/problems/not-found' });
      expect(res.body.detail).toMatch(/widgets/);
    }
  });

  it('sends the docs page with a CSP of its own and redirects /widgets/docs to it', async () => {
    const docs = await request(app).get(`/widgets/${version}/docs.html`).expect(200);
    expect(docs.headers['content-security-policy']).toMatch(/^default-src 'none'; style-src 'self'/);
    const res = await request(app).get('/widgets/docs').expect(302);
    expect(res.headers['location']).toBe(`/widgets/${version}/docs.html`);
  });

  it("gives the docs page the site's header (its name and mark, leading home), its navigation and its icon", async () => {
    const docs = (await request(app).get(`/widgets/${version}/docs.html`).expect(200)).text;
    const nav = /<nav class="site-nav" aria-label="Site">(.*?)<\/nav>/s.exec(docs)?.[1] ?? '';
    const links = [...nav.matchAll(/<a href="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links).toEqual(SITE_NAV.map((item) => [item.href, item.label]));
    expect(nav).toContain('<a href="/widgets/docs" aria-current="page">');
    // The way back: the site's name with its mark, as on every page, leads home.
    expect(docs).toContain(
      '<a class="brand" href="/"><span class="brand-mark" aria-hidden="true"></span>Soft Connectivity Observatory</a>',
    );
    expect(docs).toContain('<link rel="icon" href="/favicon.svg" type="image/svg+xml">');
    expect(docs).toContain('<link rel="icon" href="/favicon.ico"');
  });

  it('answers HEAD with the headers alone', async () => {
    const res = await request(app).head(`/widgets/${version}/${manifest.entry}`).expect(200);
    expect(res.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(res.text).toBeFalsy();
  });
});
