import { latestRelease, listOrganisations } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toCsv } from '../exports/csv.js';
import type { ReadContext } from '../reading/read-context.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { writeAgreementsCsv } from './agreements-csv-stream.js';
import { agreementsTable, allMatchingAgreements } from './agreements-export.js';

describe.each(await testDatabases())('the streamed CSV export on $dialect', (database) => {
  let t: TestApp;
  let context: ReadContext;
  beforeAll(async () => {
    t = await openTestApp(database);
    const release = await latestRelease(t.db.db);
    if (!release) throw new Error('no release');
    context = { kind: 'release', partition: release.id, release, pinned: true };
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('writes, page by page, the bytes of the whole table', async () => {
    const query = { filters: { include_adjacent: true }, sort: '-signed_date' } as const;
    const chunks: string[] = [];
    await writeAgreementsCsv(
      t.db,
      context,
      query,
      (chunk) => {
        chunks.push(chunk);
        return Promise.resolve();
      },
      7,
    );
    const items = await allMatchingAgreements(t.db, context, query.filters, query.sort);
    const whole = toCsv(agreementsTable(items, await listOrganisations(t.db.db, context.partition)));
    expect(items).toHaveLength(t.dataset.tables.agreements.length);
    // The header, then one chunk per page of 7 rows.
    expect(chunks).toHaveLength(1 + Math.ceil(items.length / 7));
    expect(chunks.join('')).toBe(whole);
  });

  it('is sent chunked, without a length, with the headers of an export', async () => {
    const res = await request(t.app).get('/v1/agreements?format=csv&partner=DEU').expect(200);
    expect(res.headers['transfer-encoding']).toBe('chunked');
    expect(res.headers['content-length']).toBeUndefined();
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.text.split('\r\n')[0]).toMatch(/^"id","title_en",/u);
    expect(res.text).toContain('"sac-din-2006"');
  });
});
