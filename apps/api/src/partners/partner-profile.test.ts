import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { errorNames } from '../indicators/test-support/error-names.js';
import { agreementsByPartner } from './test-support/agreements-by-partner.js';
import { partnerProfileSchema } from './partners.schemas.js';

describe.each(await testDatabases())('GET /v1/partners/{code} on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('profiles Germany: its agreements, first and latest, counts, institutions and indicators', async () => {
    const res = await request(t.app).get('/v1/partners/DEU').expect(200);
    expect(res.headers['sco-release']).toBe(t.dataset.version);
    expect(res.body.release.id).toBe(t.dataset.version);
    expect(partnerProfileSchema.safeParse(res.body).error).toBeUndefined();
    expect(res.body.partner).toMatchObject({ code: 'DEU', name: 'Germany', kind: 'country' });
    const ids = (res.body.agreements as { id: string }[]).map((agreement) => agreement.id);
    const expected = agreementsByPartner(t, (scope) => scope === 'standardisation').get('DEU');
    expect(ids.sort()).toEqual([...(expected ?? [])].sort());
    expect(ids).toContain('sac-din-2006');
    const din2006 = (res.body.agreements as { id: string }[]).find(
      (agreement) => agreement.id === 'sac-din-2006',
    );
    expect(din2006).toMatchObject({
      signed_date: '2006-04-10',
      signed_precision: 'day',
      scope: 'standardisation',
      scope_label: 'Standardisation',
      other_partners: 0,
      href: '/v1/agreements/sac-din-2006',
    });
    const dates = (res.body.agreements as { signed_date: string | null }[]).map(
      (agreement) => agreement.signed_date,
    );
    expect(res.body.first_agreement.signed_date).toBe(dates[0]);
    expect(res.body.latest_agreement.signed_date).toBe(dates.filter((date) => date !== null).at(-1));
    const byType = res.body.by_type as { key: string; count: number }[];
    expect(byType.reduce((sum, entry) => sum + entry.count, 0)).toBe(ids.length);
    expect(res.body.by_scope).toEqual([
      { key: 'standardisation', label: 'Standardisation', count: ids.length },
    ]);
    expect((res.body.institutions as { acronym: string | null }[]).map((i) => i.acronym)).toContain('DIN');
    const indicators = res.body.indicators as {
      id: string;
      values: { all: { value: number | null } };
      href: string;
      range: string;
    }[];
    expect(indicators.map((indicator) => indicator.id)).toEqual([
      'agreements',
      'bri_share',
      'mutual_recognition_share',
      'international_anchoring_share',
      'convergence_balance',
      'depth_score',
      'renewals',
    ]);
    expect(indicators[0]?.values.all.value).toBe(ids.length);
    expect(indicators[0]?.href).toBe('/v1/indicators/agreements?partner=DEU');
    const viaIndicator = await request(t.app).get('/v1/indicators/bri_share?partner=DEU').expect(200);
    expect(indicators[1]?.values).toEqual(viaIndicator.body.total.values);
    expect(indicators[1]?.range).toBe(viaIndicator.body.total.range);
  });

  it('gives each agreement its signed_no_later_than, as the agreement listing does', async () => {
    const res = await request(t.app).get('/v1/partners/CRI').expect(200);
    expect(partnerProfileSchema.safeParse(res.body).error).toBeUndefined();
    // data/agreements.csv: Costa Rica's one standardisation record is undated and bounded by the white
    // paper of 30 June 2023 that reports it.
    expect(res.body.agreements).toEqual([
      expect.objectContaining({
        id: 'china-costa-rica-standardization',
        signed_date: null,
        signed_no_later_than: '2023-06-30',
      }),
    ]);
    const listed = await request(t.app).get('/v1/agreements?partner=CRI').expect(200);
    expect(listed.body.items[0].signed_no_later_than).toBe('2023-06-30');
    const din = await request(t.app).get('/v1/partners/DEU').expect(200);
    expect(
      (din.body.agreements as { id: string; signed_no_later_than: string | null }[]).find(
        (agreement) => agreement.id === 'sac-din-2006',
      )?.signed_no_later_than,
    ).toBeNull();
  });

  it('labels the profile in French and Chinese', async () => {
    const fr = await request(t.app).get('/v1/partners/DEU?lang=fr').expect(200);
    expect(fr.body.partner.name).toBe('Allemagne');
    expect(fr.body.by_scope[0].label).toBe('Normalisation');
    expect(fr.body.indicators[0].title).toBe('Accords');
    expect(fr.body.institutions[0].kind_label).toBe('Organisme national de normalisation');
    const zh = await request(t.app).get('/v1/partners/DEU?lang=zh').expect(200);
    expect(zh.body.partner.name).toBe('德国');
    expect(zh.body.agreements[0].verification_label).toBe('已核实');
    expect(zh.body.indicators[0].title).toBe('协议数量');
    // Each agreement's title in the language, beside the recorded English one.
    const din2006 = (body: { agreements: Record<string, unknown>[] }) =>
      body.agreements.find((agreement) => agreement['id'] === 'sac-din-2006');
    expect(din2006(fr.body)).toMatchObject({
      title_en: 'SAC-DIN cooperation agreement',
      title_label: 'Accord de coopération SAC-DIN',
      title_label_lang: 'fr',
      title_label_basis: 'translation',
    });
    expect(din2006(zh.body)).toMatchObject({
      title_en: 'SAC-DIN cooperation agreement',
      title_label: '国家标准委与 DIN 合作协议',
      title_label_lang: 'zh',
      title_label_basis: 'translation',
    });
  });

  it('includes adjacent scopes when asked', async () => {
    const all = agreementsByPartner(t);
    const headline = agreementsByPartner(t, (scope) => scope === 'standardisation');
    const [code, ids] = [...all].find(([key, set]) => set.size > (headline.get(key)?.size ?? 0)) ?? [];
    expect(code).toBeDefined();
    const narrow = await request(t.app).get(`/v1/partners/${code}`).expect(200);
    expect(narrow.body.include_adjacent).toBe(false);
    expect(narrow.body.agreements.length).toBe(headline.get(code ?? '')?.size ?? 0);
    const wide = await request(t.app).get(`/v1/partners/${code}?include_adjacent=true`).expect(200);
    expect(wide.body.include_adjacent).toBe(true);
    expect(partnerProfileSchema.safeParse(wide.body).error).toBeUndefined();
    expect(wide.body.agreements.length).toBe(ids?.size);
    expect(wide.body.indicators[0].values.all.value).toBe(ids?.size);
    expect(wide.body.indicators[0].href).toContain('include_adjacent=true');
    expect((wide.body.by_scope as { key: string }[]).some((entry) => entry.key !== 'standardisation')).toBe(
      true,
    );
  });

  it('answers 304 to a matching ETag', async () => {
    const first = await request(t.app).get('/v1/partners/FRA').expect(200);
    const etag = first.headers['etag'] as string;
    await request(t.app).get('/v1/partners/FRA').set('If-None-Match', etag).expect(304);
    const other = await request(t.app).get('/v1/partners/FRA?lang=fr').expect(200);
    expect(other.headers['etag']).not.toBe(etag);
  });

  it('answers 404 saying whether the code is a country without agreements or unknown', async () => {
    // Iceland: no agreement, and no Chinese investment either (a country with investment has a profile)
    const iceland = await request(t.app).get('/v1/partners/ISL').expect(404);
    expect(iceland.body).toMatchObject({ status: 404, code: 'ISL', jurisdiction_kind: 'country' });
    expect(iceland.body.detail).toBe(
      `ISL is a country (Iceland) that is a partner in no agreement of release ${t.dataset.version}`,
    );
    const unknown = await request(t.app).get('/v1/partners/ZZZ').expect(404);
    expect(unknown.body.jurisdiction_kind).toBeNull();
    expect(unknown.body.detail).toMatch(
      /neither an ISO 3166-1 alpha-3 country code nor an organisation code/,
    );
    const china = await request(t.app).get('/v1/partners/CHN').expect(404);
    expect(china.body.detail).toMatch(/China itself/);
  });

  it('answers 400 for a malformed code or bad parameters', async () => {
    for (const code of [
      'deu',
      encodeURIComponent("DEU' OR 1=1"),
      'D',
      'A'.repeat(21),
      encodeURIComponent('<script>'),
    ]) {
      const res = await request(t.app).get(`/v1/partners/${code}`).expect(400);
      expect(res.body.errors).toEqual([
        {
          name: 'code',
          in: 'path',
          reason:
            'expected an upper-case ISO 3166-1 alpha-3 code (e.g. DEU) or organisation code (e.g. ASEAN)',
        },
      ]);
    }
    const res = await request(t.app).get('/v1/partners/DEU?lang=de&include_adjacent=1&sort=name').expect(400);
    expect(errorNames(res.body)).toEqual(['include_adjacent', 'lang', 'sort']);
    await request(t.app).get('/v1/partners/DEU?release=9.9.9').expect(404);
    await request(t.app).get('/v1/partners/DEU?state=draft').expect(401);
  });
});
