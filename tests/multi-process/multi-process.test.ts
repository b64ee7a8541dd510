import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createApiKey, createDb, hasWidgetVersion, saveWidgetVersion, type Db } from '@sco/db';
import type { TestDatabaseInstance } from '@sco/db/testing';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startApiProcess, type ApiProcess } from '../reliability/support/api-process.js';
import { bearer, call } from './support/http.js';
import { postgresEngines, sharedDatabase } from './support/shared-database.js';
import { startWorkerProcess, type WorkerProcess } from './support/worker-process.js';

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Polls until `done` says so; the suite's timeouts bound it. */
async function until<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

describe.each(postgresEngines)('two API processes on one PostgreSQL database', (engine) => {
  let instance: TestDatabaseInstance;
  let url: string;
  let db: Db;
  let a: ApiProcess;
  let b: ApiProcess;
  let worker: WorkerProcess;
  const keys = { editor: '', admin: '' };

  beforeAll(async () => {
    ({ url, instance } = await sharedDatabase(engine));
    const env = { SCO_DATABASE_URL: url, SCO_DB_POOL_MAX: '4' };
    // The first process migrates and loads data/; the second finds it done.
    a = await startApiProcess({ ...env, SCO_DB_APPLICATION_NAME: 'sco-test-a' });
    b = await startApiProcess({ ...env, SCO_DB_APPLICATION_NAME: 'sco-test-b' });
    const chromiumPath = inject('chromiumPath');
    worker = await startWorkerProcess({
      ...env,
      SCO_DB_APPLICATION_NAME: 'sco-test-worker',
      ...(chromiumPath === null ? {} : { CHROMIUM_PATH: chromiumPath }),
    });
    db = createDb({ dialect: 'postgres', url });
    const now = new Date();
    keys.editor = (await createApiKey(db.db, { name: 'Editor', role: 'editor', actor: 'test', now })).token;
    keys.admin = (await createApiKey(db.db, { name: 'Admin', role: 'admin', actor: 'test', now })).token;
  }, 180_000);
  afterAll(async () => {
    await Promise.all([a.dispose(), b.dispose(), worker.dispose()]);
    await db.close();
    await instance.drop();
  }, 60_000);

  it('renders a brief asked for through A in a worker, and serves it through B', async () => {
    // Both behind one public host, as behind a load balancer: a brief prints its permalink on it, so the
    // same brief asked at another origin would be another brief.
    const publicHost = { 'X-Forwarded-Host': 'observatory.example', 'X-Forwarded-Proto': 'https' };
    const asked = await call(a.origin, '/v1/briefs', {
      method: 'POST',
      headers: { ...bearer(keys.editor), ...publicHost },
      body: { template: 'sector', subject: '35', lang: 'en', paper: 'a4' },
    });
    expect(asked.status).toBe(202);
    const location = asked.headers.get('location') ?? '';
    expect(location).toMatch(/^\/v1\/briefs\/brief-[0-9a-f]{32}$/);
    // The same brief asked through B is the same job.
    const again = await call(b.origin, '/v1/briefs', {
      method: 'POST',
      headers: { ...bearer(keys.editor), ...publicHost },
      body: { template: 'sector', subject: '35', lang: 'en', paper: 'a4' },
    });
    expect(again.headers.get('location')).toBe(location);
    const done = await until(
      () => call(b.origin, location, { headers: bearer(keys.editor) }),
      (res) => ['done', 'failed'].includes((res.json() as { status: string }).status),
    );
    expect(done.json()).toMatchObject({ status: 'done', progress: 1 });
    const pdf = await fetch(`${b.origin}${location}/pdf`, { headers: bearer(keys.editor) });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(
      Buffer.from(await pdf.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    expect(worker.logs.some((line) => line['msg'] === 'rendered a brief')).toBe(true);

    // Its permalink, opened without a key on either process, is that PDF; another brief's is queued for the
    // workers (202, come back to the same address) and becomes its PDF.
    const { release } = (done.json() as { request: { release: string } }).request;
    const permalink = (lang: string) =>
      `/v1/briefs/pdf?template=sector&subject=35&lang=${lang}&paper=a4&release=${release}`;
    const opened = await fetch(`${a.origin}${permalink('en')}`, { headers: publicHost });
    expect(opened.status).toBe(200);
    expect(opened.headers.get('content-type')).toBe('application/pdf');
    const queued = await call(b.origin, permalink('fr'), { headers: publicHost });
    expect(queued.status).toBe(202);
    expect(queued.headers.get('location')).toBe(`https://observatory.example${permalink('fr')}`);
    const served = await until(
      () => call(a.origin, permalink('fr'), { headers: publicHost }),
      (res) => res.status !== 202,
    );
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/pdf');
  }, 240_000);

  it('gives the same body and ETag whichever process answers', async () => {
    const path = '/v1/agreements?limit=5&sort=-signed_date';
    const fromA = await call(a.origin, path);
    const fromB = await call(b.origin, path);
    expect(fromA.status).toBe(200);
    expect(fromB.text).toBe(fromA.text);
    expect(fromB.headers.get('etag')).toBe(fromA.headers.get('etag'));
    const revalidated = await call(b.origin, path, {
      headers: { 'If-None-Match': fromA.headers.get('etag') ?? '' },
    });
    expect(revalidated.status).toBe(304);
  });

  it('serves a release published through A from B at once (body and ETag)', async () => {
    const path = '/v1/agreements/sac-din-2006';
    const before = await call(b.origin, path);
    expect(before.status).toBe(200);
    const oldRelease = before.headers.get('sco-release');
    const current = await call(a.origin, `${path}?state=draft`, { headers: bearer(keys.editor) });
    const edited = await call(a.origin, path, {
      method: 'PATCH',
      headers: { ...bearer(keys.editor), 'If-Match': current.headers.get('etag') ?? '' },
      body: { title_en: 'Retitled through process A' },
    });
    expect(edited.status).toBe(200);
    // The draft edit is seen by B at once, by an editor.
    const draftOnB = await call(b.origin, `${path}?state=draft`, { headers: bearer(keys.editor) });
    expect((draftOnB.json() as { agreement: { title_en: string } }).agreement.title_en).toBe(
      'Retitled through process A',
    );
    const cut = await call(a.origin, '/v1/releases', {
      method: 'POST',
      headers: bearer(keys.admin),
      body: { id: '9.0.0', notes: 'Cut through process A' },
    });
    expect(cut.status).toBe(201);
    const after = await call(b.origin, path);
    expect(after.headers.get('sco-release')).toBe('9.0.0');
    expect(after.headers.get('etag')).not.toBe(before.headers.get('etag'));
    expect((after.json() as { agreement: { title_en: string } }).agreement.title_en).toBe(
      'Retitled through process A',
    );
    expect((await call(a.origin, path)).text).toBe(after.text);
    // The earlier release stays readable, pinned, from either process.
    const pinned = await call(a.origin, `${path}?release=${oldRelease ?? ''}`);
    expect(pinned.text).toBe((await call(b.origin, `${path}?release=${oldRelease ?? ''}`)).text);
  });

  it('limits a client hitting A and B alternately at the count of one process', async () => {
    // 60 writes a minute per key: the 61st is refused, whichever process it reaches.
    const now = new Date();
    const token = (await createApiKey(db.db, { name: 'Sweeper', role: 'editor', actor: 'test', now })).token;
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) {
      const origin = i % 2 === 0 ? a.origin : b.origin;
      const res = await call(origin, '/v1/agreements/sac-din-2006', {
        method: 'PATCH',
        headers: bearer(token),
        body: { notes: 'x' },
      });
      statuses.push(res.status);
      if (i === 60) {
        expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
        expect(res.headers.get('content-type')).toMatch(/application\/problem\+json/);
      }
    }
    // Without If-Match every write is refused 428 — but counted; the 61st is over the limit.
    expect(statuses.slice(0, 60).every((status) => status === 428)).toBe(true);
    expect(statuses[60]).toBe(429);
  });

  it('keeps a studio session opened on A working on B', async () => {
    const signIn = await call(a.origin, '/studio/session', {
      method: 'POST',
      headers: { 'Sco-Studio': '1', Origin: a.origin },
      body: { key: keys.admin },
    });
    expect(signIn.status).toBe(201);
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const onB = await call(b.origin, '/v1/briefs', { headers: { Cookie: cookie } });
    expect(onB.status).toBe(200);
    expect((await call(b.origin, '/v1/briefs')).status).toBe(401);
  });

  it('serves a studio preview made through A from B, page and files', async () => {
    const signIn = await call(a.origin, '/studio/session', {
      method: 'POST',
      headers: { 'Sco-Studio': '1', Origin: a.origin },
      body: { key: keys.admin },
    });
    const cookie = (signIn.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const made = await call(a.origin, '/studio/previews', {
      method: 'POST',
      headers: { 'Sco-Studio': '1', Origin: a.origin, Cookie: cookie },
      body: { template: 'partner', subject: 'FRA', lang: 'fr' },
    });
    expect(made.status).toBe(201);
    const { href } = made.json() as { href: string };
    const onA = await call(a.origin, href);
    const onB = await call(b.origin, href);
    expect(onA.status).toBe(200);
    expect(onB.status).toBe(200);
    expect(onB.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(onB.text).toContain('<html lang="fr"');
    expect(onB.text).toBe(onA.text);
    const styles = await call(b.origin, `${href}brief.css`);
    expect(styles.status).toBe(200);
    expect(styles.text).toBe((await call(a.origin, `${href}brief.css`)).text);
    const unknown = href.replace(/[0-9a-f]{32}/u, '0'.repeat(32));
    expect((await call(b.origin, unknown)).status).toBe(404);
  });

  it('serves a pinned earlier widget version after the API is rebuilt at a new one, from every process', async () => {
    const dist = path.join(rootDir, 'packages', 'widgets', 'dist');
    const manifest = JSON.parse(await readFile(path.join(dist, 'manifest.json'), 'utf8')) as {
      version: string;
      entry: string;
      files: { file: string; integrity: string }[];
    };
    // A's first widget read archives the version it was built with, for every process.
    expect((await call(a.origin, `/widgets/${manifest.version}/${manifest.entry}`)).status).toBe(200);
    expect(
      await until(
        () => hasWidgetVersion(db.db, manifest.version),
        (kept) => kept,
      ),
    ).toBe(true);
    // An upgrade, simulated: the build's files archived under an earlier version, as a previous build left them.
    const files = await Promise.all(
      manifest.files.map(async ({ file }) => ({
        file,
        body: await readFile(path.join(dist, ...file.split('/'))),
      })),
    );
    await saveWidgetVersion(db.db, '0.0.1-pinned', files);
    for (const api of [a, b]) {
      for (const { file, integrity } of manifest.files) {
        const res = await fetch(`${api.origin}/widgets/0.0.1-pinned/${file}`, {
          headers: { 'Accept-Encoding': 'identity' },
        });
        expect(res.status).toBe(200);
        const digest = createHash('sha384')
          .update(Buffer.from(await res.arrayBuffer()))
          .digest('base64');
        expect(`sha384-${digest}`).toBe(integrity);
        expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      }
    }
    expect((await call(b.origin, `/widgets/0.0.2-never/${manifest.entry}`)).status).toBe(404);
  });

  it('reports the database in /readyz on each process', async () => {
    for (const api of [a, b]) {
      const ready = await call(api.origin, '/readyz');
      expect(ready.status).toBe(200);
      expect(ready.json()).toMatchObject({ status: 'ready', database: 'postgres' });
    }
  });
});
