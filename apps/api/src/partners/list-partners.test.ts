import { assembleAgreements, partnerIndex, partnerSummary } from '@sco/core';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { errorNames } from '../indicators/test-support/error-names.js';
import { agreementsByPartner } from './test-support/agreements-by-partner.js';
import { partnerListSchema } from './partners.schemas.js';

interface Item {
  code: string;
  kind: string;
  name: string;
  region: string | null;
  agreements: { headline: { count: number }; with_adjacent: { count: number } };
}

describe.each(await testDatabases())('GET /v1/partners on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('lists every partner jurisdiction of the release with its agreements and dates', async () => {
    const res = await request(t.app).get('/v1/partners').expect(200);
    expect(res.headers['sco-release']).toBe(t.dataset.version);
    expect(res.body.release.id).toBe(t.dataset.version);
    expect(partnerListSchema.safeParse(res.body).error).toBeUndefined();
    const all = agreementsByPartner(t);
    const headline = agreementsByPartner(t, (scope) => scope === 'standardisation');
    const items = res.body.items as Item[];
    expect(res.body.total).toBe(all.size);
    expect(items.map((item) => item.code).sort()).toEqual([...all.keys()].sort());
    for (const item of items) {
      expect(item.agreements.with_adjacent.count).toBe(all.get(item.code)?.size);
      expect(item.agreements.headline.count).toBe(headline.get(item.code)?.size ?? 0);
    }
    const germany = items.find((item) => item.code === 'DEU');
    expect(germany).toMatchObject({
      kind: 'country',
      name: 'Germany',
      names: { en: 'Germany', fr: 'Allemagne', zh: '德国' },
      region: '150',
      region_name: 'Europe',
      subregion: '155',
      organisation_kind: null,
      href: '/v1/partners/DEU',
    });
    const dated = t.dataset.tables.agreements
      .filter((agreement) => headline.get('DEU')?.has(agreement.id) && agreement.signed_date !== null)
      .map((agreement) => agreement.signed_date ?? '')
      .sort();
    expect(germany?.agreements.headline).toMatchObject({
      first_signed: dated[0],
      latest_signed: dated.at(-1),
    });
    const asean = items.find((item) => item.code === 'ASEAN');
    expect(asean).toMatchObject({
      kind: 'organisation',
      organisation_kind: 'regional_organisation',
      subregion: null,
    });
  });

  it('gives each partner what core computes over the assembled release (the list is grouped SQL)', async () => {
    const entries = partnerIndex(assembleAgreements(t.dataset));
    for (const lang of ['en', 'fr', 'zh'] as const) {
      const res = await request(t.app).get(`/v1/partners?lang=${lang}&sort=code`).expect(200);
      const items = res.body.items as (Item & { href: string })[];
      expect(items.map((item) => item.code)).toEqual([...entries.keys()].sort());
      for (const { href: _href, ...item } of items) {
        const entry = entries.get(item.code);
        if (entry === undefined) throw new Error(`${item.code} is not a partner of the release`);
        const { href: _expected, ...expected } = partnerSummary(entry, lang, (path) => path);
        expect(item).toEqual(expected);
      }
    }
  });

  it('names partners in French or Chinese and sorts by name, agreements or code', async () => {
    const fr = await request(t.app).get('/v1/partners?lang=fr').expect(200);
    const frItems = fr.body.items as Item[];
    expect(frItems.find((item) => item.code === 'DEU')?.name).toBe('Allemagne');
    expect(frItems.find((item) => item.code === 'DEU')).toMatchObject({
      region_name: 'Europe',
      href: '/v1/partners/DEU?lang=fr',
    });
    const names = frItems.map((item) => item.name);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
    const zh = await request(t.app).get('/v1/partners?lang=zh').expect(200);
    expect((zh.body.items as Item[]).find((item) => item.code === 'DEU')?.name).toBe('德国');
    const byCount = await request(t.app).get('/v1/partners?sort=-agreements').expect(200);
    const counts = (byCount.body.items as Item[]).map((item) => item.agreements.headline.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    const byCode = await request(t.app).get('/v1/partners?sort=code').expect(200);
    const codes = (byCode.body.items as Item[]).map((item) => item.code);
    expect(codes).toEqual([...codes].sort());
  });

  it('filters by region, kind and a search on the names', async () => {
    const europe = await request(t.app).get('/v1/partners?region=150').expect(200);
    expect(europe.body.total).toBeGreaterThan(0);
    for (const item of europe.body.items as Item[]) expect(item.region).toBe('150');
    const organisations = await request(t.app).get('/v1/partners?kind=organisation').expect(200);
    const orgCodes = t.dataset.tables.organisations.map((organisation) => organisation.code);
    for (const item of organisations.body.items as Item[]) expect(orgCodes).toContain(item.code);
    expect(organisations.body.total).toBe((organisations.body.items as Item[]).length);
    for (const q of ['allem', 'ALLEMAGNE', '德国', 'germ', 'deu']) {
      const res = await request(t.app)
        .get(`/v1/partners?q=${encodeURIComponent(q)}`)
        .expect(200);
      expect((res.body.items as Item[]).map((item) => item.code)).toContain('DEU');
    }
    const none = await request(t.app)
      .get(`/v1/partners?q=${encodeURIComponent("' OR 1=1; --")}&kind=country&region=150`)
      .expect(200);
    expect(none.body).toMatchObject({ total: 0, items: [] });
  });

  it('answers 304 to a matching ETag', async () => {
    const first = await request(t.app).get('/v1/partners?region=002').expect(200);
    const etag = first.headers['etag'] as string;
    await request(t.app).get('/v1/partners?region=002').set('If-None-Match', etag).expect(304);
  });

  it('names every invalid parameter', async () => {
    const res = await request(t.app)
      .get(`/v1/partners?region=mars&kind=planet&sort=agreements&lang=xx&q=${'x'.repeat(201)}&limit=5`)
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    expect(errorNames(res.body)).toEqual(['kind', 'lang', 'limit', 'q', 'region', 'sort']);
    const reason = (name: string) =>
      (res.body.errors as { name: string; reason: string }[]).find((e) => e.name === name)?.reason;
    expect(reason('sort')).toBe('expected one of: name, -agreements, code');
    expect(reason('q')).toBe('must be at most 200 characters');
    expect(reason('limit')).toBe('unknown query parameter');
    const empty = await request(t.app).get('/v1/partners?q=').expect(400);
    expect(empty.body.errors).toEqual([{ name: 'q', in: 'query', reason: 'must not be empty' }]);
    const injection = await request(t.app)
      .get(`/v1/partners?region=${encodeURIComponent("150' OR '1'='1")}`)
      .expect(400);
    expect(errorNames(injection.body)).toEqual(['region']);
    await request(t.app).get('/v1/partners?release=9.9.9').expect(404);
    await request(t.app).get('/v1/partners?state=draft').expect(401);
    await request(t.app).get('/v1/partners').set('Accept', 'application/xml').expect(406);
    await request(t.app).delete('/v1/partners').expect(405);
  });
});
