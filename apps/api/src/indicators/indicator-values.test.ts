import { INDICATORS, type AgreementRecord } from '@sco/core';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { indicatorValuesSchema } from './indicators.schemas.js';
import { errorNames, type Problem } from './test-support/error-names.js';

function headline(rows: readonly AgreementRecord[]): AgreementRecord[] {
  return rows.filter((row) => row.scope === 'standardisation');
}

describe.each(await testDatabases())('GET /v1/indicators/{id} on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('counts the standardisation agreements of data/ at the three verification levels', async () => {
    const rows = headline(t.dataset.tables.agreements);
    const verified = rows.filter((row) => row.verification === 'verified').length;
    const single = rows.filter((row) => row.verification === 'single_source').length;
    const res = await request(t.app).get('/v1/indicators/agreements').expect(200);
    expect(res.headers['sco-release']).toBe(t.dataset.version);
    expect(res.body.release.id).toBe(t.dataset.version);
    expect(res.body.indicator).toMatchObject({ id: 'agreements', unit: 'count', title: 'Agreements' });
    expect(res.body.group_by).toBeNull();
    expect(res.body.groups).toEqual([]);
    expect(res.body.filter).toEqual({ include_adjacent: false });
    const values = res.body.total.values;
    expect(values.all).toMatchObject({ value: rows.length, null_reason: null, null_reason_label: null });
    expect(values.verified.value).toBe(verified);
    expect(values.verified_single.value).toBe(verified + single);
    expect(values.all.formatted).toBe(String(rows.length));
    expect(res.body.total.range).toBe(`${verified}–${rows.length}`);
    expect(res.body.tally).toBeNull();

    const adjacent = await request(t.app).get('/v1/indicators/agreements?include_adjacent=true').expect(200);
    expect(adjacent.body.total.values.all.value).toBe(t.dataset.tables.agreements.length);
    expect(adjacent.body.filter.include_adjacent).toBe(true);
  });

  it('computes every indicator with each breakdown it supports, in the declared strict shape', async () => {
    for (const indicator of INDICATORS) {
      for (const groupBy of ['none', ...indicator.group_bys]) {
        const res = await request(t.app)
          .get(`/v1/indicators/${indicator.id}?group_by=${groupBy}&lang=zh&include_adjacent=true`)
          .expect(200);
        expect(indicatorValuesSchema.safeParse(res.body).error).toBeUndefined();
        expect(res.body.group_by?.id ?? 'none').toBe(groupBy);
        for (const group of res.body.groups as { key: string; label: string }[])
          expect(group.label).not.toBe('');
      }
    }
  });

  it('breaks down by year with an undated group, labelled in the language asked for', async () => {
    const rows = headline(t.dataset.tables.agreements);
    const undated = rows.filter((row) => row.signed_date === null).length;
    const res = await request(t.app).get('/v1/indicators/agreements?group_by=year&lang=fr').expect(200);
    expect(res.body.group_by).toEqual({ id: 'year', label: 'Année de signature' });
    const groups = res.body.groups as { key: string; label: string; values: { all: { value: number } } }[];
    const sum = groups.reduce((total, group) => total + group.values.all.value, 0);
    expect(sum).toBe(rows.length);
    expect(groups.at(-1)).toMatchObject({
      key: 'undated',
      label: 'Non daté',
      values: { all: { value: undated } },
    });
    const y2006 = rows.filter((row) => row.signed_date?.startsWith('2006')).length;
    expect(groups.find((group) => group.key === '2006')).toMatchObject({
      label: '2006',
      values: { all: { value: y2006 } },
    });
  });

  it('labels regions and types in Chinese and echoes the filter', async () => {
    const res = await request(t.app)
      .get(
        '/v1/indicators/agreements?group_by=region&lang=zh&type=mou,cooperation_agreement&year_from=2010&year_to=2020',
      )
      .expect(200);
    expect(res.body.filter).toEqual({
      type: ['mou', 'cooperation_agreement'],
      year_from: 2010,
      year_to: 2020,
      include_adjacent: false,
    });
    const europe = (res.body.groups as { key: string; label: string }[]).find((group) => group.key === '150');
    expect(europe?.label).toBe('欧洲');
    expect(res.body.indicator.title).toBe('协议数量');
    const rows = headline(t.dataset.tables.agreements).filter((row) =>
      ['mou', 'cooperation_agreement'].includes(row.type),
    );
    const undated = rows.filter((row) => row.signed_date === null).length;
    expect(res.body.excluded_undated.all).toBe(undated);
    const byType = await request(t.app)
      .get('/v1/indicators/agreements?group_by=type&lang=fr&type=mou&type=twinning')
      .expect(200);
    expect(byType.body.filter.type).toEqual(['mou', 'twinning']);
    expect(byType.body.groups[0]).toMatchObject({ key: 'mou', label: 'Protocole d’accord' });
  });

  it('carries null values with their reason, labelled', async () => {
    const res = await request(t.app).get('/v1/indicators/bri_share?partner=FIN&lang=fr').expect(200);
    expect(res.body.total.values.all).toMatchObject({
      value: null,
      null_reason: 'empty_denominator',
      null_reason_label: 'Aucun accord ne remplit les conditions du dénominateur',
      n: 0,
      formatted: '—',
    });
    expect(res.body.total.range).toBe('—');
  });

  it('names the tally that coverage compares with', async () => {
    const cumulative = t.dataset.tables.official_tallies
      .filter((tally) => tally.series === 'cumulative' && tally.documents !== null)
      .sort((a, b) => (a.as_of < b.as_of ? -1 : 1));
    const latest = cumulative.at(-1);
    const res = await request(t.app).get('/v1/indicators/coverage').expect(200);
    expect(res.body.tally).toMatchObject({
      id: latest?.id,
      documents: latest?.documents,
      series: 'cumulative',
    });
    expect(res.body.tally.href).toBe('/v1/tallies?series=cumulative');
    expect(res.body.total.values.all.denominator).toBe(latest?.documents);
    expect(res.body.total.parts.map((part: { key: string }) => part.key)).toEqual([
      'partners',
      'undated',
      'later',
    ]);
  });

  it('uses the default breakdown unless group_by=none', async () => {
    const byDefault = await request(t.app).get('/v1/indicators/agreements_cumulative').expect(200);
    expect(byDefault.body.group_by.id).toBe('year');
    expect(byDefault.body.groups.length).toBeGreaterThan(10);
    const none = await request(t.app).get('/v1/indicators/agreements_cumulative?group_by=none').expect(200);
    expect(none.body.group_by).toBeNull();
    expect(none.body.groups).toEqual([]);
    const provisions = await request(t.app).get('/v1/indicators/provision_prevalence?lang=zh').expect(200);
    expect(provisions.body.group_by.id).toBe('provision');
    expect(provisions.body.groups.length).toBe(8);
  });

  it('answers 304 to a matching ETag, and another ETag for other filters', async () => {
    const first = await request(t.app).get('/v1/indicators/partners?group_by=region').expect(200);
    const etag = first.headers['etag'] as string;
    await request(t.app)
      .get('/v1/indicators/partners?group_by=region')
      .set('If-None-Match', etag)
      .expect(304);
    const other = await request(t.app).get('/v1/indicators/partners?group_by=type').expect(200);
    expect(other.headers['etag']).not.toBe(etag);
  });

  it('answers 404 for an unknown indicator and 400 for a malformed id', async () => {
    const unknown = await request(t.app).get('/v1/indicators/gdp').expect(404);
    expect(unknown.body.detail).toMatch(/no indicator "gdp"/);
    expect(unknown.body.available).toContain('bri_share');
    for (const id of ['BRI_SHARE', encodeURIComponent("x' OR 1=1 --"), 'a'.repeat(65), '1abc']) {
      const res = await request(t.app).get(`/v1/indicators/${id}`).expect(400);
      expect(res.body.errors).toEqual([
        { name: 'id', in: 'path', reason: 'expected an indicator id in snake_case, such as "bri_share"' },
      ]);
    }
  });

  it('rejects a breakdown the indicator does not support, listing those it does', async () => {
    const res = await request(t.app).get('/v1/indicators/hhi_regions?group_by=region').expect(400);
    expect(res.body.errors).toEqual([
      {
        name: 'group_by',
        in: 'query',
        reason:
          'indicator "hhi_regions" cannot be grouped by "region"; it supports: year, type, sector, partner_kind',
      },
    ]);
    expect(res.body.supported_group_bys).toEqual(['year', 'type', 'sector', 'partner_kind']);
    const coverage = await request(t.app).get('/v1/indicators/coverage?group_by=year').expect(400);
    expect(coverage.body.errors[0].reason).toMatch(/has no breakdown/);
    const camel = await request(t.app).get('/v1/indicators/agreements?group_by=partnerKind').expect(400);
    expect(camel.body.errors[0]).toMatchObject({
      name: 'group_by',
      reason: expect.stringMatching(/partner_kind/),
    });
    const camelParam = await request(t.app)
      .get('/v1/indicators/agreements?groupBy=year&partnerKind=company')
      .expect(400);
    expect(errorNames(camelParam.body as Problem)).toEqual(['groupBy', 'partnerKind']);
  });

  it('names every invalid filter with the reason', async () => {
    const query = new URLSearchParams({
      year_from: '19x9',
      year_to: '3000',
      region: 'mars,150',
      type: 'treaty',
      scope: 'cosmic',
      sector: '99',
      partner_kind: 'alien',
      bri: 'maybe',
      partner: "DEU' OR 1=1; --",
      include_adjacent: 'yes',
      lang: 'de',
      group_by: 'colour',
    });
    const res = await request(t.app).get(`/v1/indicators/agreements?${query.toString()}`).expect(400);
    const body = res.body as Problem;
    expect(body).toMatchObject({ status: 400, type: '/docs/problems/invalid-parameters' });
    expect(errorNames(body)).toEqual([
      'bri',
      'group_by',
      'include_adjacent',
      'lang',
      'partner',
      'partner_kind',
      'region',
      'scope',
      'sector',
      'type',
      'year_from',
      'year_to',
    ]);
    const reason = (name: string) => body.errors?.find((error) => error.name === name)?.reason;
    expect(reason('year_from')).toBe('expected a year such as 2017');
    expect(reason('region')).toBe('expected one of: 002, 019, 142, 150, 009, global');
    expect(reason('type')).toMatch(/^expected one of: mou, /);
    expect(reason('partner')).toMatch(/ISO 3166-1 alpha-3/);
    expect(reason('include_adjacent')).toMatch(/true/);
    for (const message of body.errors ?? []) expect(message.reason).not.toBe('Invalid input');
  });

  it('rejects a reversed year range, empty lists, oversized values and bracketed parameters', async () => {
    const reversed = await request(t.app)
      .get('/v1/indicators/agreements?year_from=2020&year_to=2010')
      .expect(400);
    expect(reversed.body.errors).toEqual([
      { name: 'year_to', in: 'query', reason: 'year_to must not be before year_from' },
    ]);
    const withOthers = await request(t.app)
      .get('/v1/indicators/agreements?year_from=2020&year_to=2010&region=europe')
      .expect(400);
    expect(withOthers.body.errors).toEqual([
      { name: 'region', in: 'query', reason: 'expected one of: 002, 019, 142, 150, 009, global' },
      { name: 'year_to', in: 'query', reason: 'year_to must not be before year_from' },
    ]);
    const badYear = await request(t.app)
      .get('/v1/indicators/agreements?year_from=20x0&year_to=2010')
      .expect(400);
    expect(badYear.body.errors).toEqual([
      { name: 'year_from', in: 'query', reason: 'expected a year such as 2017' },
    ]);
    const empty = await request(t.app).get('/v1/indicators/agreements?type=').expect(400);
    expect(empty.body.errors[0]).toMatchObject({ name: 'type' });
    const huge = await request(t.app)
      .get(`/v1/indicators/agreements?partner=${'A'.repeat(1001)}`)
      .expect(400);
    expect(huge.body.errors).toEqual([
      { name: 'partner', in: 'query', reason: 'must be at most 1000 characters' },
    ]);
    const nested = await request(t.app).get('/v1/indicators/agreements?region[a]=150').expect(400);
    expect(nested.body.errors).toEqual([
      { name: 'region[a]', in: 'query', reason: 'unknown query parameter' },
    ]);
  });
});
