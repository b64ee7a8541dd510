import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabases } from '@sco/db/testing';
import { bearer, createTestKeys } from '../auth/test-support/test-keys.js';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

describe.each(await testDatabases())('GET /v1/agreements on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('lists the latest release, naming it in the header and the body', async () => {
    const res = await request(t.app).get('/v1/agreements').expect(200);
    expect(res.headers['sco-release']).toBe(t.dataset.version);
    expect(res.body.release.id).toBe(t.dataset.version);
    const headline = t.dataset.tables.agreements.filter((a) => a.scope === 'standardisation');
    expect(res.body.total).toBe(headline.length);
    expect(res.body.items).toHaveLength(50);
    expect(res.headers['cache-control']).toMatch(/max-age=60/);
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });

  it('pages with the next cursor until every agreement was seen once', async () => {
    const seen: string[] = [];
    let next: string | null = null;
    do {
      const res = await request(t.app)
        .get('/v1/agreements')
        .query({ limit: 40, sort: 'id', ...(next ? { cursor: next } : {}) })
        .expect(200);
      seen.push(...(res.body.items as { id: string }[]).map((item) => item.id));
      next = res.body.next as string | null;
    } while (next);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    expect(seen.length).toBe(t.dataset.tables.agreements.filter((a) => a.scope === 'standardisation').length);
  });

  it('filters and searches, in Chinese too', async () => {
    const germany = await request(t.app).get('/v1/agreements?partner=DEU').expect(200);
    expect(germany.body.items.map((a: { id: string }) => a.id)).toContain('sac-din-2006');
    for (const item of germany.body.items as { partners: string[] }[]) expect(item.partners).toContain('DEU');
    const chinese = await request(t.app)
      .get(`/v1/agreements?q=${encodeURIComponent('德国')}`)
      .expect(200);
    expect(chinese.body.total).toBe(germany.body.total);
  });

  it('titles each item in the language asked for, beside the recorded titles, on a release and on the draft', async () => {
    const keys = await createTestKeys(t.db);
    const titles = async (lang: string, state?: string) => {
      const res = await request(t.app)
        .get('/v1/agreements')
        .query({ partner: 'SGP', sort: 'id', lang, ...(state ? { state } : {}) })
        .set(state ? bearer(keys.editor) : {})
        .expect(200);
      const items = res.body.items as Record<string, unknown>[];
      const singapore = items.find((item) => item['id'] === 'sac-singapore-2014') ?? {};
      return [
        singapore['title_en'],
        singapore['title_label'],
        singapore['title_label_lang'],
        singapore['title_label_basis'],
      ];
    };
    const english = 'SAC-Singapore standardization cooperation agreement (2014)';
    expect((await titles('en'))[1]).toBe((await titles('en'))[0]);
    expect((await titles('en')).slice(2)).toEqual(['en', 'recorded']);
    expect((await titles('fr')).slice(1)).toEqual([
      'Accord de coopération en normalisation SAC-Singapour (2014)',
      'fr',
      'translation',
    ]);
    expect((await titles('zh')).slice(1)).toEqual([
      '国家标准委与新加坡标准化合作协议（2014 年）',
      'zh',
      'translation',
    ]);
    expect(await titles('zh', 'draft')).toEqual(await titles('zh'));
    expect((await titles('fr'))[0]).toBe(english);
    await request(t.app).get('/v1/agreements?lang=de').expect(400);
  });

  it('answers 304 to a matching If-None-Match', async () => {
    const first = await request(t.app).get('/v1/agreements?type=mou').expect(200);
    const etag = first.headers['etag'] as string;
    expect(etag).toMatch(/^W\/"/);
    await request(t.app).get('/v1/agreements?type=mou').set('If-None-Match', etag).expect(304);
    const other = await request(t.app).get('/v1/agreements?type=twinning').expect(200);
    expect(other.headers['etag']).not.toBe(etag);
  });

  it('rejects every invalid parameter at once, unknown ones included', async () => {
    const res = await request(t.app)
      .get('/v1/agreements?limit=0&type=treaty&from=19x9&colour=red&q=' + 'x'.repeat(201))
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    const names = (res.body.errors as { name: string }[]).map((e) => e.name).sort();
    expect(names).toEqual(['colour', 'from', 'limit', 'q', 'type']);
    expect(res.body).toMatchObject({ status: 400, type: '/docs/problems/invalid-parameters' });
  });

  it('treats injection strings as plain text', async () => {
    const res = await request(t.app)
      .get(`/v1/agreements?q=${encodeURIComponent("' OR 1=1; --")}`)
      .expect(200);
    expect(res.body.total).toBe(0);
    const percent = await request(t.app).get('/v1/agreements?q=%25').expect(200);
    expect(percent.body.total).toBe(0);
  });

  it('answers 404 for an unknown release, 406 for an unacceptable type, 405 for a wrong method', async () => {
    await request(t.app).get('/v1/agreements?release=9.9.9').expect(404);
    await request(t.app).get('/v1/agreements').set('Accept', 'image/png').expect(406);
    const res = await request(t.app).put('/v1/agreements').expect(405);
    expect(res.headers['allow']).toContain('GET');
  });

  it('shows the draft only to editors', async () => {
    const res = await request(t.app).get('/v1/agreements?state=draft').expect(401);
    expect(res.headers['www-authenticate']).toMatch(/Bearer/);
  });
});
