import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADDED_ID,
  importNextRelease,
  NEXT_PUBLISHED_AT,
  NEXT_VERSION,
  RETITLED_ID,
  RETITLED_TITLE,
} from '../releases/test-support/next-release.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { DATASET_TITLE } from './citation.js';

const PROXIED = { 'X-Forwarded-Host': 'observatory.example', 'X-Forwarded-Proto': 'https' };
const ORIGIN = 'https://observatory.example';

interface Item {
  id: string;
  title_en: string;
}

/** Follows an absolute permalink of this API (minus its origin) through the app. */
async function follow(t: TestApp, permalink: string): Promise<request.Response> {
  const url = new URL(permalink);
  return request(t.app).get(`${url.pathname}${url.search}`).expect(200);
}

/** Whether every brace that is not escaped is matched. */
function balancedBraces(text: string): boolean {
  let depth = 0;
  for (const match of text.matchAll(/\\[{}]|[{}]/g)) {
    if (match[0] === '{') depth++;
    else if (match[0] === '}' && --depth < 0) return false;
  }
  return depth === 0;
}

describe.each(await testDatabases())('GET /v1/cite on $dialect', (database) => {
  let t: TestApp;
  let first: string;
  beforeAll(async () => {
    t = await openTestApp(database);
    first = t.dataset.version;
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('gives a permalink that keeps returning what was cited after a newer release', async () => {
    const cited = await request(t.app).get('/v1/cite?format=json&partner=DEU').set(PROXIED).expect(200);
    expect(cited.body.version).toBe(first);
    expect(cited.body.permalink).toBe(`${ORIGIN}/v1/agreements?partner=DEU&release=${first}`);
    const before = await follow(t, cited.body.permalink as string);
    const ids = (before.body.items as Item[]).map((a) => a.id);
    expect(ids).toContain(RETITLED_ID);
    expect(before.body.total).toBe(cited.body.agreements);

    await importNextRelease(t);

    const after = await follow(t, cited.body.permalink as string);
    expect(after.body.release.id).toBe(first);
    expect((after.body.items as Item[]).map((a) => a.id)).toEqual(ids);
    expect((after.body.items as Item[]).find((a) => a.id === RETITLED_ID)?.title_en).toBe(
      'SAC-DIN cooperation agreement',
    );
    const latest = await request(t.app).get('/v1/agreements?partner=DEU').expect(200);
    expect(latest.body.release.id).toBe(NEXT_VERSION);
    expect((latest.body.items as Item[]).map((a) => a.id)).toContain(ADDED_ID);
    expect((latest.body.items as Item[]).find((a) => a.id === RETITLED_ID)?.title_en).toBe(RETITLED_TITLE);

    // The same citation asked again now cites the new release, unless the release is given.
    const again = await request(t.app).get('/v1/cite?format=json&partner=DEU').set(PROXIED).expect(200);
    expect(again.body.permalink).toBe(`${ORIGIN}/v1/agreements?partner=DEU&release=${NEXT_VERSION}`);
    expect(again.body.agreements).toBe(Number(cited.body.agreements) + 1);
    const pinned = await request(t.app)
      .get(`/v1/cite?format=json&partner=DEU&release=${first}`)
      .set(PROXIED)
      .expect(200);
    expect(pinned.body.permalink).toBe(cited.body.permalink);
    expect(pinned.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('cites the latest release as plain text by default', async () => {
    const res = await request(t.app).get('/v1/cite').set(PROXIED).expect(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.headers['sco-release']).toBe(NEXT_VERSION);
    expect(res.headers['cache-control']).toMatch(/max-age=60/);
    expect(res.text).toBe(
      `The Soft Connectivity Observatory contributors (2026, December 1). ${DATASET_TITLE} (Version ${NEXT_VERSION}) ` +
        `[Data set; query: all agreements (default scope); ${t.dataset.tables.agreements.filter((a) => a.scope === 'standardisation').length} agreements]. ` +
        `Licensed under CC BY 4.0. ${ORIGIN}/v1/agreements?release=${NEXT_VERSION}\n`,
    );
  });

  it('gives every part as JSON, filters in the order of /v1/agreements', async () => {
    const res = await request(t.app)
      .get('/v1/cite?format=json&to=2020&include_adjacent=true&type=mou&from=2010')
      .set(PROXIED)
      .expect(200)
      .expect('Content-Type', /application\/json/);
    const permalink = `${ORIGIN}/v1/agreements?type=mou&from=2010&to=2020&include_adjacent=true&release=${NEXT_VERSION}`;
    expect(res.body).toEqual({
      release: { id: NEXT_VERSION, published_at: NEXT_PUBLISHED_AT },
      title: DATASET_TITLE,
      authors: ['The Soft Connectivity Observatory contributors'],
      publisher: 'Soft Connectivity Observatory',
      version: NEXT_VERSION,
      date: '2026-12-01',
      published_at: NEXT_PUBLISHED_AT,
      licence: {
        id: 'CC-BY-4.0',
        name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)',
        url: 'https://creativecommons.org/licenses/by/4.0/',
      },
      permalink,
      query: { type: 'mou', from: '2010', to: '2020', include_adjacent: 'true' },
      agreements: expect.any(Number),
      text: expect.stringContaining(permalink),
      bibtex: expect.stringContaining(permalink),
      ris: expect.stringContaining(permalink),
    });
    const followed = await follow(t, permalink);
    expect(followed.body.total).toBe(res.body.agreements);
    expect(res.body.agreements).toBeGreaterThan(0);
  });

  it('writes BibTeX with every special character of the query escaped', async () => {
    const q = 'a{b}c\\d%e&f$g#h_i^j~k';
    const res = await request(t.app).get('/v1/cite').query({ format: 'bibtex', q }).set(PROXIED).expect(200);
    expect(res.headers['content-type']).toBe('application/x-bibtex; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`inline; filename="sco-${NEXT_VERSION}.bib"`);
    const bib = res.text;
    expect(bib).toMatch(new RegExp(`^@misc\\{sco-${NEXT_VERSION.replaceAll('.', '\\.')}-[0-9a-f]{8},\\n`));
    expect(bib).toContain('  author       = {{The Soft Connectivity Observatory contributors}},\n');
    expect(bib).toContain(`  title        = {{${DATASET_TITLE}}},\n`);
    expect(bib).toContain(
      '  year         = {2026},\n  month        = dec,\n  date         = {2026-12-01},\n',
    );
    expect(bib).toContain(`  version      = {${NEXT_VERSION}},\n`);
    expect(bib).toContain('q=a\\{b\\}c\\textbackslash{}d\\%e\\&f\\$g\\#h\\_i\\^{}j\\~{}k; 0 agreements.');
    const permalink = `${ORIGIN}/v1/agreements?q=a%7Bb%7Dc%5Cd%25e%26f%24g%23h_i%5Ej%7Ek&release=${NEXT_VERSION}`;
    expect(bib).toContain(`  url          = {${permalink}},\n`);
    expect(balancedBraces(bib)).toBe(true);
    expect(bib.endsWith('}\n')).toBe(true);
    const plain = await request(t.app).get('/v1/cite').query({ format: 'bibtex' }).expect(200);
    expect(plain.text).toMatch(new RegExp(`^@misc\\{sco-${NEXT_VERSION.replaceAll('.', '\\.')},\\n`));
  });

  it('writes RIS lines ended by CRLF, a newline in the query kept on its line', async () => {
    const res = await request(t.app)
      .get('/v1/cite')
      .query({ format: 'ris', q: 'line one\nER  - injected', partner: 'DEU' })
      .set(PROXIED)
      .expect(200);
    expect(res.headers['content-type']).toBe('application/x-research-info-systems; charset=utf-8');
    const lines = res.text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    expect(lines.slice(0, -1).every((line) => /^[A-Z][A-Z0-9] {2}- /.test(line))).toBe(true);
    expect(lines.slice(0, 9)).toEqual([
      'TY  - DATA',
      'AU  - The Soft Connectivity Observatory contributors',
      `TI  - ${DATASET_TITLE}`,
      'PY  - 2026',
      'DA  - 2026/12/01/',
      `ET  - ${NEXT_VERSION}`,
      'PB  - Soft Connectivity Observatory',
      `UR  - ${ORIGIN}/v1/agreements?q=line+one%0AER++-+injected&partner=DEU&release=${NEXT_VERSION}`,
      'N1  - Query: q=line one ER  - injected, partner=DEU; 0 agreements. Licensed under Creative Commons Attribution 4.0 International (CC BY 4.0).',
    ]);
    expect(lines.filter((line) => line.startsWith('ER  -'))).toEqual(['ER  - ']);
  });

  it('chooses the format from Accept when format is absent; format wins over Accept', async () => {
    const bib = await request(t.app)
      .get('/v1/cite')
      .set(PROXIED)
      .set('Accept', 'application/x-bibtex')
      .expect(200);
    expect(bib.text.startsWith('@misc{')).toBe(true);
    const ris = await request(t.app)
      .get('/v1/cite')
      .set('Accept', 'application/x-research-info-systems')
      .expect(200);
    expect(ris.text.startsWith('TY  - DATA')).toBe(true);
    const json = await request(t.app)
      .get('/v1/cite')
      .set(PROXIED)
      .set('Accept', 'application/json')
      .expect(200);
    expect(json.body.version).toBe(NEXT_VERSION);
    expect(json.headers['vary']).toMatch(/Accept/);
    expect(json.headers['etag']).not.toBe(bib.headers['etag']);
    await request(t.app).get('/v1/cite').set('Accept', 'image/png').expect(406);
    await request(t.app).get('/v1/cite?format=ris').set('Accept', 'image/png').expect(200);
  });

  it('answers 304 to a matching ETag (the links name the host, so the ETag does too)', async () => {
    const res = await request(t.app).get('/v1/cite?partner=FRA').set(PROXIED).expect(200);
    await request(t.app)
      .get('/v1/cite?partner=FRA')
      .set(PROXIED)
      .set('If-None-Match', res.headers['etag'] as string)
      .expect(304);
    const elsewhere = await request(t.app)
      .get('/v1/cite?partner=FRA')
      .set({ ...PROXIED, 'X-Forwarded-Host': 'mirror.example' })
      .set('If-None-Match', res.headers['etag'] as string)
      .expect(200);
    expect(elsewhere.text).toContain('https://mirror.example/v1/agreements?partner=FRA');
    const other = await request(t.app).get('/v1/cite?partner=DEU').set(PROXIED).expect(200);
    expect(other.headers['etag']).not.toBe(res.headers['etag']);
  });

  it('rejects every invalid parameter at once, the paging and draft ones included', async () => {
    const res = await request(t.app)
      .get('/v1/cite')
      .query({
        format: 'pdf',
        partner: "DEU' OR '1'='1",
        type: 'treaty',
        from: '19x9',
        include_adjacent: 'yes',
        q: 'x'.repeat(201),
        release: 'latest',
        limit: '10',
        cursor: 'abc',
        sort: 'id',
        state: 'draft',
        colour: 'red',
      })
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    const errors = res.body.errors as { name: string; reason: string }[];
    expect(errors.map((e) => e.name).sort()).toEqual([
      'colour',
      'cursor',
      'format',
      'from',
      'include_adjacent',
      'limit',
      'partner',
      'q',
      'release',
      'sort',
      'state',
      'type',
    ]);
    for (const name of ['limit', 'cursor', 'sort', 'state']) {
      expect(errors).toContainEqual({ name, in: 'query', reason: 'unknown query parameter' });
    }
    expect(errors).toContainEqual({
      name: 'format',
      in: 'query',
      reason: 'expected one of: text, bibtex, ris, json',
    });
  });

  it.each([
    ['from', '1800', 'expected a year from 1949'],
    ['to', '2101', 'expected a year up to 2100'],
    ['sector', '99', 'expected a two-digit ICS'],
    ['region', 'mars', 'expected one of'],
    ['format', 'TEXT', 'expected one of'],
    ['release', `${'1'.repeat(30)}.0`, 'expected a release id'],
  ])('rejects %s=%s', async (name, value, reason) => {
    const res = await request(t.app)
      .get('/v1/cite')
      .query({ [name]: value })
      .expect(400);
    expect(res.body.errors).toEqual([{ name, in: 'query', reason: expect.stringContaining(reason) }]);
  });

  it('rejects from after to, an unknown release, and a hostile host', async () => {
    const range = await request(t.app).get('/v1/cite?from=2020&to=2010').expect(400);
    expect(range.body.errors).toEqual([{ name: 'from', in: 'query', reason: 'from must not be after to' }]);
    const missing = await request(t.app).get('/v1/cite?release=9.9.9').expect(404);
    expect(missing.body.detail).toBe('There is no release 9.9.9; see /v1/releases');
    const host = await request(t.app).get('/v1/cite').set('X-Forwarded-Host', 'evil.example/x?').expect(400);
    expect(host.body.errors).toEqual([
      { name: 'X-Forwarded-Host', in: 'header', reason: expect.stringContaining('expected a host name') },
    ]);
  });
});
