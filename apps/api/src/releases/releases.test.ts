import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { listChanges, loadDataset } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import { writeDataPackage } from '@sco/datapackage';
import { unzipSync } from 'fflate';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, rootDir, type TestApp } from '../test-support/test-app.js';
import { CHECKSUMS_FILE } from './datapackage-zip.js';
import {
  importNextRelease,
  NEXT_PUBLISHED_AT,
  NEXT_VERSION,
  RETITLED_TITLE,
} from './test-support/next-release.js';

const BAD_IDS: readonly [string, string][] = [
  ['latest', 'expected a release id'],
  ['1.0', 'expected a release id'],
  ['1.0.0.0', 'expected a release id'],
  ['v1.0.0', 'expected a release id'],
  [encodeURIComponent("1.0.0' OR '1'='1"), 'expected a release id'],
  [`${'1'.repeat(60)}.0.0`, 'must be at most 40 characters'],
];

function zipBody(res: request.Response): Buffer {
  expect(Buffer.isBuffer(res.body)).toBe(true);
  return res.body as Buffer;
}

async function countChanges(t: TestApp, release: string): Promise<number> {
  return (await listChanges(t.db.db, { release_id: release, limit: 100_000 })).changes.length;
}

describe.each(await testDatabases())('/v1/releases on $dialect', (database) => {
  let t: TestApp;
  let first: string;
  beforeAll(async () => {
    t = await openTestApp(database);
    first = t.dataset.version;
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('lists the one release of a fresh database, with its change count and links', async () => {
    const res = await request(t.app).get('/v1/releases').expect(200).expect('Content-Type', /json/);
    expect(res.headers['sco-release']).toBe(first);
    expect(res.headers['cache-control']).toMatch(/max-age=60/);
    expect(res.body).toEqual({
      release: { id: first, published_at: '2026-11-28T12:00:00.000Z' },
      items: [
        {
          id: first,
          published_at: '2026-11-28T12:00:00.000Z',
          published_by: 'test',
          notes: `Imported data package version ${first}`,
          changes: await countChanges(t, first),
          links: {
            self: `/v1/releases/${first}`,
            datapackage: `/v1/releases/${first}/datapackage.zip`,
            changes: `/v1/changes?release=${first}`,
          },
        },
      ],
    });
    expect(res.body.items[0].changes).toBeGreaterThan(t.dataset.tables.agreements.length);
  });

  it('lists a newer release first once it is imported, and changes the ETag', async () => {
    const before = await request(t.app).get('/v1/releases').expect(200);
    await request(t.app)
      .get('/v1/releases')
      .set('If-None-Match', before.headers['etag'] as string)
      .expect(304);
    await importNextRelease(t);

    const res = await request(t.app)
      .get('/v1/releases')
      .set('If-None-Match', before.headers['etag'] as string)
      .expect(200);
    expect(res.headers['etag']).not.toBe(before.headers['etag']);
    expect(res.headers['sco-release']).toBe(NEXT_VERSION);
    expect(res.body.items.map((r: { id: string }) => r.id)).toEqual([NEXT_VERSION, first]);
    expect(res.body.items[0]).toMatchObject({
      published_at: NEXT_PUBLISHED_AT,
      published_by: 'research-team',
      notes: 'Second release <with> & "markup"',
      // retitled, added, removed agreements; an institution's notes; the curation log's rows
      changes: 5,
    });
    expect(await countChanges(t, NEXT_VERSION)).toBe(5);
  });

  it('summarises a release: what it holds and what it changed', async () => {
    const res = await request(t.app).get(`/v1/releases/${NEXT_VERSION}`).expect(200);
    expect(res.headers['sco-release']).toBe(NEXT_VERSION);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.body.release).toEqual({ id: NEXT_VERSION, published_at: NEXT_PUBLISHED_AT });
    expect(res.body.links.datapackage).toBe(`/v1/releases/${NEXT_VERSION}/datapackage.zip`);
    const none = { created: 0, updated: 0, deleted: 0 };
    expect(res.body.summary.changed_records).toEqual({
      agreement: { created: 1, updated: 1, deleted: 1 },
      institution: { created: 0, updated: 1, deleted: 0 },
      organisation: none,
      tally: none,
      curation_log: { created: 0, updated: 1, deleted: 0 },
      hard_connectivity: { created: 0, updated: 0, deleted: 0 },
    });

    const old = await request(t.app).get(`/v1/releases/${first}`).expect(200);
    const tables = t.dataset.tables;
    expect(old.body.summary.totals).toMatchObject({
      agreements: tables.agreements.length,
      institutions: tables.institutions.length,
      organisations: tables.organisations.length,
      sources: tables.sources.length,
      official_tallies: tables.official_tallies.length,
    });
    const partnerCodes = new Set(
      tables.parties
        .filter((p) => p.side === 'partner')
        .map((p) => tables.institutions.find((i) => i.id === p.institution_id)?.jurisdiction),
    );
    expect(old.body.summary.totals.partners).toBe(partnerCodes.size);
    expect(old.body.summary.changed_records.agreement).toEqual({
      created: tables.agreements.length,
      updated: 0,
      deleted: 0,
    });
    // One agreement with three sources removed (csbts-korea-1994), one with one source added.
    expect(res.body.summary.totals.agreements).toBe(tables.agreements.length);
    expect(res.body.summary.totals.sources).toBe(tables.sources.length - 2);
  });

  it('answers 304 to a matching ETag and names the release in the header', async () => {
    const res = await request(t.app).get(`/v1/releases/${first}`).expect(200);
    await request(t.app)
      .get(`/v1/releases/${first}`)
      .set('If-None-Match', res.headers['etag'] as string)
      .expect(304);
    const other = await request(t.app).get(`/v1/releases/${NEXT_VERSION}`).expect(200);
    expect(other.headers['etag']).not.toBe(res.headers['etag']);
  });

  it.each(['', '/datapackage.zip'])(
    'answers 404 for an unknown release and 400 for a malformed id (%s)',
    async (suffix) => {
      const missing = await request(t.app)
        .get(`/v1/releases/9.9.9${suffix}`)
        .expect(404)
        .expect('Content-Type', /application\/problem\+json/);
      expect(missing.body).toMatchObject({
        status: 404,
        detail: 'There is no release 9.9.9; see /v1/releases',
      });
      for (const [id, reason] of BAD_IDS) {
        const res = await request(t.app)
          .get(`/v1/releases/${id}${suffix}`)
          .expect(400)
          .expect('Content-Type', /application\/problem\+json/);
        expect(res.body.type).toBe('/docs/problems/invalid-parameters');
        expect(res.body.errors).toContainEqual({
          name: 'id',
          in: 'path',
          reason: expect.stringContaining(reason),
        });
        expect(res.headers['cache-control']).toBe('no-store');
      }
    },
  );

  it('rejects query parameters, unacceptable types and other methods', async () => {
    const res = await request(t.app).get('/v1/releases?release=1.0.0&limit=5').expect(400);
    expect(res.body.errors.map((e: { name: string }) => e.name).sort()).toEqual(['limit', 'release']);
    await request(t.app).get(`/v1/releases/${first}?state=draft`).expect(400);
    await request(t.app).get('/v1/releases').set('Accept', 'text/csv').expect(406);
    await request(t.app)
      .get(`/v1/releases/${first}/datapackage.zip`)
      .set('Accept', 'application/json')
      .expect(406);
    const del = await request(t.app).delete(`/v1/releases/${first}`).expect(405);
    expect(del.headers['allow']).toContain('GET');
  });

  it('downloads a release as a zip of its data package with checksums and a digest', async () => {
    const res = await request(t.app)
      .get(`/v1/releases/${first}/datapackage.zip`)
      .responseType('blob')
      .expect(200)
      .expect('Content-Type', 'application/zip');
    const bytes = zipBody(res);
    const digest = createHash('sha256').update(bytes).digest('base64');
    expect(res.headers['repr-digest']).toBe(`sha-256=:${digest}:`);
    expect(res.headers['digest']).toBe(`sha-256=${digest}`);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="sco-data-${first}.zip"`);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(res.headers['sco-release']).toBe(first);
    expect(res.headers['etag']).toMatch(/^"sha256-[A-Za-z0-9_-]{43}"$/);

    // The files are the bytes `sco db export` writes — and, for the release loaded from data/, data/ itself.
    const files = unzipSync(new Uint8Array(bytes));
    const dir = await mkdtemp(path.join(tmpdir(), 'sco-zip-'));
    try {
      const written = await writeDataPackage(dir, await loadDataset(t.db.db, first));
      expect(Object.keys(files).sort()).toEqual([...written, CHECKSUMS_FILE].sort());
      for (const name of written) {
        const content = Buffer.from(files[name] ?? new Uint8Array());
        expect(content.equals(await readFile(path.join(dir, name))), name).toBe(true);
        expect(content.equals(await readFile(path.join(rootDir, 'data', name))), `data/${name}`).toBe(true);
      }
      const sums = Buffer.from(files[CHECKSUMS_FILE] ?? new Uint8Array()).toString('utf8');
      const lines = sums.trimEnd().split('\n');
      expect(lines).toHaveLength(written.length);
      for (const line of lines) {
        const match = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
        expect(match, line).not.toBeNull();
        const [, hex, name = ''] = match ?? [];
        expect(
          createHash('sha256')
            .update(await readFile(path.join(dir, name)))
            .digest('hex'),
        ).toBe(hex);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('gives the same bytes every time, 304 on its ETag, and each release its own data', async () => {
    const url = `/v1/releases/${first}/datapackage.zip`;
    const a = await request(t.app).get(url).responseType('blob').expect(200);
    const b = await request(t.app).get(url).responseType('blob').expect(200);
    expect(zipBody(a).equals(zipBody(b))).toBe(true);
    await request(t.app)
      .get(url)
      .set('If-None-Match', a.headers['etag'] as string)
      .expect(304);
    const head = await request(t.app).head(url).expect(200);
    expect(head.headers['repr-digest']).toBe(a.headers['repr-digest']);

    const next = await request(t.app)
      .get(`/v1/releases/${NEXT_VERSION}/datapackage.zip`)
      .responseType('blob')
      .expect(200);
    expect(next.headers['content-disposition']).toBe(`attachment; filename="sco-data-${NEXT_VERSION}.zip"`);
    expect(next.headers['etag']).not.toBe(a.headers['etag']);
    const text = (bytes: Buffer, name: string) =>
      Buffer.from(unzipSync(new Uint8Array(bytes))[name] ?? new Uint8Array()).toString('utf8');
    expect(text(zipBody(next), 'agreements.csv')).toContain(RETITLED_TITLE);
    expect(text(zipBody(a), 'agreements.csv')).not.toContain(RETITLED_TITLE);
    expect(JSON.parse(text(zipBody(next), 'datapackage.json')).version).toBe(NEXT_VERSION);
  });
});
