import { Buffer } from 'node:buffer';
import { hardTotal } from '@sco/core';
import { testDatabases } from '@sco/db/testing';
import ExcelJS from 'exceljs';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawResponse } from '../test-support/raw-response.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { HARD_COLUMNS } from './hard-connectivity-export.js';
import { hardConnectivityPageSchema } from './hard-connectivity.schemas.js';

const CITATION =
  'China Global Investment Tracker, American Enterprise Institute and The Heritage Foundation, edition February 2020';

describe.each(await testDatabases())('GET /v1/hard-connectivity on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });
  const rows = () => t.dataset.tables.hard_connectivity;

  it('pages through every partner-year by id, naming the tracker to cite', async () => {
    const first = await request(t.app).get('/v1/hard-connectivity?limit=200').expect(200);
    expect(hardConnectivityPageSchema.safeParse(first.body).error).toBeUndefined();
    expect(first.body.total).toBe(rows().length);
    expect(first.body.sources).toEqual([
      {
        name: 'China Global Investment Tracker',
        edition: 'February 2020',
        citation: CITATION,
        url: 'https://www.aei.org/china-global-investment-tracker/',
      },
    ]);
    const ids: string[] = [];
    let body = first.body as { next: string | null; items: { id: string }[] };
    for (;;) {
      ids.push(...body.items.map((item) => item.id));
      if (body.next === null) break;
      body = (await request(t.app).get(`/v1/hard-connectivity?limit=200&cursor=${body.next}`).expect(200))
        .body;
    }
    expect(ids).toHaveLength(rows().length);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual(ids);
  });

  it('filters by partner, years and kind, with totals that add the three kinds', async () => {
    const res = await request(t.app)
      .get('/v1/hard-connectivity?partner=KEN&from=2010&to=2015&lang=fr')
      .expect(200);
    const expected = rows().filter((row) => row.partner === 'KEN' && row.year >= 2010 && row.year <= 2015);
    expect(expected.length).toBeGreaterThan(0);
    const items = res.body.items as {
      id: string;
      year: number;
      total_usd_m: number;
      partner_name: string;
      region: string;
    }[];
    expect(items.map((item) => item.year)).toEqual(expected.map((row) => row.year).sort((a, b) => a - b));
    for (const item of items) {
      const row = expected.find((r) => r.year === item.year);
      expect(item.total_usd_m).toBe(row && hardTotal(row));
      expect(item).toMatchObject({ partner_name: 'Kenya', region: '002', id: `KEN-${item.year}` });
    }
    const construction = await request(t.app)
      .get('/v1/hard-connectivity?kind=construction&limit=200')
      .expect(200);
    expect(construction.body.total).toBe(rows().filter((row) => row.construction_usd_m > 0).length);
  });

  it('filters by region: every row of Europe and none of elsewhere', async () => {
    const res = await request(t.app).get('/v1/hard-connectivity?region=150&limit=200').expect(200);
    const partners = new Set((res.body.items as { partner: string }[]).map((item) => item.partner));
    expect(partners.has('DEU')).toBe(true);
    expect(partners.has('KEN')).toBe(false);
    expect((res.body.items as { region: string }[]).every((item) => item.region === '150')).toBe(true);
  });

  it('refuses a bad partner, years out of order and a cursor on an export, naming the field', async () => {
    const bad = await request(t.app).get('/v1/hard-connectivity?partner=ken').expect(400);
    expect(bad.body.errors).toEqual([expect.objectContaining({ name: 'partner', in: 'query' })]);
    const order = await request(t.app).get('/v1/hard-connectivity?from=2015&to=2010').expect(400);
    expect(order.body.errors[0].name).toBe('from');
    const cursor = await request(t.app).get('/v1/hard-connectivity?format=csv&cursor=KEN-2015').expect(400);
    expect(cursor.body.errors[0]).toMatchObject({ name: 'cursor' });
  });

  it('exports every matching row as CSV and XLSX with the citation', async () => {
    const csv = await request(t.app).get('/v1/hard-connectivity?format=csv&partner=KEN').expect(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      `attachment; filename="sco-hard-connectivity-${t.dataset.version}.csv"`,
    );
    const lines = csv.text.trimEnd().split('\r\n');
    expect(lines[0]).toBe(HARD_COLUMNS.map((c) => `"${c.header}"`).join(','));
    expect(lines).toHaveLength(1 + rows().filter((row) => row.partner === 'KEN').length);
    expect(lines[1]).toContain(`"${CITATION}"`);
    const xlsx = await rawResponse(
      request(t.app)
        .get('/v1/hard-connectivity?partner=KEN')
        .set('Accept', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
    );
    expect(xlsx.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.body) as unknown as ArrayBuffer);
    expect(book.getWorksheet('Hard connectivity')?.rowCount).toBe(lines.length);
    const about = book.getWorksheet('About');
    const source = about?.getRows(1, about.rowCount)?.find((row) => row.getCell(1).value === 'Source');
    expect(source?.getCell(2).value).toBe(CITATION);
  });
});
