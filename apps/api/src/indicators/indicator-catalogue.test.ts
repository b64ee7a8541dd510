import { INDICATORS } from '@sco/core';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { indicatorCatalogueSchema } from './indicators.schemas.js';
import { errorNames, type Problem } from './test-support/error-names.js';

describe.each(await testDatabases())('GET /v1/indicators on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('lists every indicator in English by default, naming the release', async () => {
    const res = await request(t.app).get('/v1/indicators').expect(200);
    expect(res.headers['sco-release']).toBe(t.dataset.version);
    expect(res.body.release.id).toBe(t.dataset.version);
    expect(res.body.lang).toBe('en');
    expect(indicatorCatalogueSchema.safeParse(res.body).error).toBeUndefined();
    expect(res.body.items.map((item: { id: string }) => item.id)).toEqual(INDICATORS.map((i) => i.id));
    const agreements = res.body.items[0];
    expect(agreements).toMatchObject({
      id: 'agreements',
      unit: 'count',
      title: 'Agreements',
      default_group_by: null,
      href: '/v1/indicators/agreements',
    });
    expect(agreements.methodology).toMatch(/Each agreement counts once/);
    expect(agreements.group_bys).toContainEqual({ id: 'partner_kind', label: 'Kind of partner institution' });
    const cumulative = res.body.items.find((item: { id: string }) => item.id === 'agreements_cumulative');
    expect(cumulative.default_group_by).toEqual({ id: 'year', label: 'Year of signature' });
    expect(res.headers['cache-control']).toMatch(/max-age=60/);
  });

  it('describes the indicators in French and Chinese', async () => {
    const fr = await request(t.app).get('/v1/indicators?lang=fr').expect(200);
    expect(fr.body.lang).toBe('fr');
    expect(fr.body.items[0]).toMatchObject({ title: 'Accords', href: '/v1/indicators/agreements?lang=fr' });
    expect(fr.body.items[0].group_bys[0]).toEqual({ id: 'year', label: 'Année de signature' });
    // Core's French texts as served: no-break spaces before their colons, narrow ones before their semicolons.
    const texts = (fr.body.items as { definition: string; methodology: string }[]).flatMap((item) => [
      item.definition,
      item.methodology,
    ]);
    expect(fr.body.items[0].methodology).toContain('signataires\u00a0: une initiative');
    expect(texts.join('\n').match(/\S* [:;?!»]|« |'/g)).toBeNull();
    const zh = await request(t.app).get('/v1/indicators?lang=zh').expect(200);
    expect(zh.body.items[0].title).toBe('协议数量');
    expect(zh.body.items[0].definition).toMatch(/协议/);
  });

  it('pins links to the release the request pinned, and answers 304 to a matching ETag', async () => {
    const pinned = await request(t.app).get(`/v1/indicators?release=${t.dataset.version}`).expect(200);
    expect(pinned.body.items[0].href).toBe(`/v1/indicators/agreements?release=${t.dataset.version}`);
    expect(pinned.headers['cache-control']).toMatch(/immutable/);
    const etag = pinned.headers['etag'] as string;
    await request(t.app)
      .get(`/v1/indicators?release=${t.dataset.version}`)
      .set('If-None-Match', etag)
      .expect(304);
    const fr = await request(t.app).get(`/v1/indicators?release=${t.dataset.version}&lang=fr`).expect(200);
    expect(fr.headers['etag']).not.toBe(etag);
  });

  it('rejects an unknown lang, unknown parameters and bad release parameters', async () => {
    const res = await request(t.app)
      .get('/v1/indicators?lang=de&colour=red&release=..%2F..&state=maybe')
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    expect(errorNames(res.body as Problem)).toEqual(['colour', 'lang', 'release', 'state']);
    const lang = (res.body as Problem).errors?.find((error) => error.name === 'lang');
    expect(lang?.reason).toBe('expected one of: en, fr, zh');
    await request(t.app).get('/v1/indicators?release=9.9.9').expect(404);
    await request(t.app).get('/v1/indicators?state=draft').expect(401);
    await request(t.app).get('/v1/indicators').set('Accept', 'text/csv').expect(406);
    await request(t.app).post('/v1/indicators').expect(405);
  });
});
