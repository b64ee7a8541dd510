import { Buffer } from 'node:buffer';
import type { Dataset } from '@sco/core';
import { importDataset } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const HOSTILE_TITLE = '=HYPERLINK("http://127.0.0.1:9/x","click")';
const HOSTILE = {
  'sac-din-2006': { title_en: HOSTILE_TITLE, terms: '-2+3' },
  'sac-din-2012': { notes: '+1+1', title_original: '@SUM(1+1)' },
} as const;
const HEADER = [
  'id',
  'title_en',
  'title_original',
  'title_original_lang',
  'type',
  'scope',
  'signed_date',
  'signed_date_basis',
  'signed_no_later_than',
  'status',
  'terms',
  'sectors',
  'tags',
  'bri_framing',
  'verification',
  'notes',
  'version',
  'partners',
  'partner_names_en',
];

/** RFC 4180: quoted fields with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text.charAt(i + 1) === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text.charAt(i + 1) === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** Rows as objects keyed by the header row. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error('no header row');
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

/** Collects a binary body (supertest only buffers text by itself). */
const binary: Parameters<request.Test['parse']>[0] = (res, done) => {
  const chunks: Buffer[] = [];
  res.on('data', (chunk: Buffer) => chunks.push(chunk));
  res.on('end', () => {
    done(null, Buffer.concat(chunks));
  });
};

async function workbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(body as unknown as ExcelJS.Buffer);
  return book;
}

/** The real data with hostile texts in two agreements, as the next release. */
function hostile(dataset: Dataset, version: string): Dataset {
  return {
    version,
    tables: {
      ...dataset.tables,
      agreements: dataset.tables.agreements.map((a) =>
        a.id in HOSTILE ? { ...a, ...HOSTILE[a.id as keyof typeof HOSTILE] } : a,
      ),
    },
  };
}

/** Every id of a JSON listing, followed through its pages. */
async function listedIds(t: TestApp, query: Record<string, string>): Promise<string[]> {
  const ids: string[] = [];
  let next: string | null = null;
  do {
    const res = await request(t.app)
      .get('/v1/agreements')
      .query({ ...query, limit: '200', ...(next ? { cursor: next } : {}) })
      .expect(200);
    ids.push(...(res.body.items as { id: string }[]).map((item) => item.id));
    next = res.body.next as string | null;
  } while (next);
  return ids;
}

describe.each(await testDatabases())('exports of GET /v1/agreements on $dialect', (database) => {
  let t: TestApp;
  let first: string;
  const latest = '1.0.1';
  beforeAll(async () => {
    t = await openTestApp(database);
    first = t.dataset.version;
    const imported = await importDataset(t.db.db, hostile(t.dataset, latest), {
      actor: 'test',
      now: new Date('2026-12-01T09:00:00Z'),
    });
    if (!imported.ok) throw new Error(imported.message);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('exports every agreement of the listing as CSV, in the listing order, named after the release', async () => {
    const res = await request(t.app).get('/v1/agreements?format=csv').expect(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="sco-agreements-${latest}.csv"`);
    expect(res.headers['sco-release']).toBe(latest);
    expect(res.headers['cache-control']).toMatch(/max-age=60/);
    expect(res.headers['etag']).toMatch(/^W\/"/);
    expect(res.headers['vary']).toMatch(/Accept/);
    expect(res.text.endsWith('\r\n')).toBe(true);
    const [header] = parseCsv(res.text);
    expect(header).toEqual(HEADER);
    const rows = records(res.text);
    expect(rows.map((row) => row['id'])).toEqual(await listedIds(t, {}));
    for (const row of rows) expect(Object.keys(row)).toHaveLength(HEADER.length);
  });

  it('writes lists joined with "; ", partner names in English, and dates at their precision', async () => {
    const res = await request(t.app).get('/v1/agreements?format=csv&q=belt-road-standards').expect(200);
    const initiative = records(res.text).find(
      (row) => row['id'] === 'belt-road-standards-joint-initiative-2017',
    );
    if (!initiative) throw new Error('the joint initiative is missing from the export');
    expect(initiative['signed_date']).toBe('2017-05');
    expect(initiative['tags']).toBe('brf-2017; multilateral');
    const codes = (initiative['partners'] ?? '').split('; ');
    const names = (initiative['partner_names_en'] ?? '').split('; ');
    expect(codes).toHaveLength(12);
    expect(names).toHaveLength(12);
    expect(names[codes.indexOf('RUS')]).toBe('Russian Federation');
    expect(names[codes.indexOf('SRB')]).toBe('Serbia');
    const singapore = await request(t.app).get('/v1/agreements?format=csv&q=sac-singapore-2014').expect(200);
    expect(records(singapore.text)).toEqual([
      expect.objectContaining({
        id: 'sac-singapore-2014',
        signed_date: '2014',
        title_original: '',
        version: '1',
      }),
    ]);
  });

  it('applies the filters, search and sort to exports, and ignores limit', async () => {
    const query = { partner: 'DEU', sort: '-signed_date', from: '2010' };
    const res = await request(t.app)
      .get('/v1/agreements')
      .query({ ...query, format: 'csv', limit: '1' })
      .expect(200);
    const rows = records(res.text);
    expect(rows.length).toBeGreaterThan(1);
    expect(rows.map((row) => row['id'])).toEqual(await listedIds(t, query));
    for (const row of rows) {
      expect(row['partners']?.split('; ')).toContain('DEU');
      expect(Number(row['signed_date']?.slice(0, 4))).toBeGreaterThanOrEqual(2010);
    }
    const adjacent = await request(t.app).get('/v1/agreements?format=csv&include_adjacent=true').expect(200);
    expect(records(adjacent.text).length).toBe(t.dataset.tables.agreements.length);
    const none = await request(t.app).get('/v1/agreements?format=csv&q=nothing-matches-this').expect(200);
    expect(parseCsv(none.text)).toEqual([HEADER]);
  });

  it('neutralises formula injection in CSV and leaves JSON as stored', async () => {
    const res = await request(t.app).get('/v1/agreements?format=csv&partner=DEU').expect(200);
    const rows = records(res.text);
    const din2006 = rows.find((row) => row['id'] === 'sac-din-2006');
    const din2012 = rows.find((row) => row['id'] === 'sac-din-2012');
    expect(din2006?.['title_en']).toBe(`'${HOSTILE_TITLE}`);
    expect(din2006?.['terms']).toBe("'-2+3");
    expect(din2012?.['notes']).toBe("'+1+1");
    expect(din2012?.['title_original']).toBe("'@SUM(1+1)");
    for (const row of rows) {
      for (const value of Object.values(row)) expect(value).not.toMatch(/^[=+\-@\t\r]/);
    }
    const json = await request(t.app).get('/v1/agreements?q=hyperlink').expect(200);
    expect(json.body.items.map((item: { title_en: string }) => item.title_en)).toEqual([HOSTILE_TITLE]);
  });

  it('exports XLSX: a bold frozen header, widths, text dates, neutralised cells and an About sheet', async () => {
    const res = await request(t.app)
      .get('/v1/agreements?format=xlsx&partner=DEU')
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toBe(XLSX);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="sco-agreements-${latest}.xlsx"`);
    const book = await workbook(res.body as Buffer);
    expect(book.worksheets.map((sheet) => sheet.name)).toEqual(['Agreements', 'About']);
    const sheet = book.getWorksheet('Agreements');
    if (!sheet) throw new Error('no Agreements sheet');
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    expect(sheet.getRow(1).getCell(1).font.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getColumn(2).width).toBe(60);
    const ids = await listedIds(t, { partner: 'DEU' });
    expect(sheet.rowCount).toBe(ids.length + 1);
    const byId = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, number) => {
      if (number > 1) byId.set(row.getCell(1).text, row);
    });
    expect([...byId.keys()]).toEqual(ids);
    const din2006 = byId.get('sac-din-2006');
    expect(din2006?.getCell(2).value).toBe(`'${HOSTILE_TITLE}`);
    expect(din2006?.getCell(7).value).toBe('2006-04-10');
    expect(byId.get('sac-din-1979')?.getCell(7).value).toBe('1979');
    expect(byId.get('sac-din-2012')?.getCell(16).value).toBe("'+1+1");
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        expect(cell.formula).toBeUndefined();
        if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
      });
    });

    const about = book.getWorksheet('About');
    if (!about) throw new Error('no About sheet');
    const text = new Map<string, string>();
    about.eachRow((row) => text.set(row.getCell(1).text, row.getCell(2).text));
    expect(text.get('Release')).toContain(latest);
    expect(text.get('Query')).toBe('format=xlsx; partner=DEU');
    expect(text.get('Rows')).toBe(String(ids.length));
    expect(text.get('Licence')).toContain('CC BY 4.0');
    expect(text.get('Citation')).toContain(`release ${latest}`);
    expect(text.get('Citation')).toContain(`/v1/agreements?format=xlsx&partner=DEU&release=${latest}`);
  });

  it('chooses the format by Accept when format is absent, and format wins over Accept', async () => {
    const csv = await request(t.app).get('/v1/agreements?type=mou').set('Accept', 'text/csv').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const xlsx = await request(t.app).get('/v1/agreements?type=mou').set('Accept', XLSX).expect(200);
    expect(xlsx.headers['content-type']).toBe(XLSX);
    const preferred = await request(t.app)
      .get('/v1/agreements?type=mou')
      .set('Accept', 'text/csv;q=0.5, application/json')
      .expect(200);
    expect(preferred.body.items.length).toBeGreaterThan(0);
    const formatCsv = await request(t.app)
      .get('/v1/agreements?type=mou&format=csv')
      .set('Accept', 'application/json')
      .expect(200);
    expect(formatCsv.headers['content-type']).toBe('text/csv; charset=utf-8');
    const formatJson = await request(t.app)
      .get('/v1/agreements?type=mou&format=json')
      .set('Accept', 'text/csv')
      .expect(200);
    expect(formatJson.body.release.id).toBe(latest);
    await request(t.app).get('/v1/agreements?format=xlsx').set('Accept', 'image/png').expect(200);
  });

  it('answers 406 with the available types when Accept allows none of them', async () => {
    const res = await request(t.app)
      .get('/v1/agreements')
      .set('Accept', 'application/pdf')
      .expect(406)
      .expect('Content-Type', /application\/problem\+json/);
    expect(res.body.available).toEqual(['application/json', 'text/csv', XLSX]);
    expect(res.body.detail).toContain('application/pdf');
  });

  it('tags each format apart and answers 304 to a matching If-None-Match', async () => {
    const tags = await Promise.all(
      ['json', 'csv', 'xlsx'].map(
        async (format) =>
          (await request(t.app).get(`/v1/agreements?type=mou&format=${format}`).expect(200)).headers[
            'etag'
          ] as string,
      ),
    );
    expect(new Set(tags).size).toBe(3);
    const [, csvTag] = tags;
    const notModified = await request(t.app)
      .get('/v1/agreements?type=mou&format=csv')
      .set('If-None-Match', csvTag ?? '')
      .expect(304);
    expect(notModified.text).toBe('');
    const byAccept = await request(t.app)
      .get('/v1/agreements?type=mou')
      .set('Accept', 'text/csv')
      .expect(200);
    expect(byAccept.headers['etag']).not.toBe(tags[0]);
    await request(t.app)
      .get('/v1/agreements?type=mou')
      .set('Accept', 'text/csv')
      .set('If-None-Match', byAccept.headers['etag'] as string)
      .expect(304);
    await request(t.app)
      .get('/v1/agreements?type=mou')
      .set('If-None-Match', byAccept.headers['etag'] as string)
      .expect(200);
  });

  it('exports an earlier release as it was, cached for good', async () => {
    const res = await request(t.app)
      .get(`/v1/agreements?format=csv&partner=DEU&release=${first}`)
      .expect(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="sco-agreements-${first}.csv"`);
    expect(res.headers['cache-control']).toMatch(/immutable/);
    expect(res.text).not.toContain('HYPERLINK');
    expect(records(res.text).find((row) => row['id'] === 'sac-din-2006')?.['title_en']).toBe(
      'SAC-DIN cooperation agreement',
    );
  });

  it('refuses a cursor, a bad format and bad filters on exports', async () => {
    const cursor = await request(t.app).get('/v1/agreements?format=csv&cursor=abc').expect(400);
    expect(cursor.body.errors).toEqual([
      {
        name: 'cursor',
        in: 'query',
        reason: 'a csv export holds every matching agreement, so it takes no cursor',
      },
    ]);
    const byAccept = await request(t.app).get('/v1/agreements?cursor=abc').set('Accept', XLSX).expect(400);
    expect(byAccept.body.errors[0]).toMatchObject({ name: 'cursor', in: 'query' });
    for (const format of ['pdf', 'CSV', '', 'csv,xlsx', '=1+1']) {
      const res = await request(t.app).get('/v1/agreements').query({ format }).expect(400);
      expect(res.body.errors).toEqual([
        { name: 'format', in: 'query', reason: 'expected one of: json, csv, xlsx' },
      ]);
    }
    const filters = await request(t.app)
      .get('/v1/agreements?format=xlsx&from=2020&to=2010&colour=red')
      .expect(400);
    expect((filters.body.errors as { name: string }[]).map((e) => e.name).sort()).toEqual(['colour', 'from']);
    await request(t.app).get('/v1/agreements?format=csv&state=draft').expect(401);
    await request(t.app).get('/v1/agreements?format=csv&release=9.9.9').expect(404);
  });
});
