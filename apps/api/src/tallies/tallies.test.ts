import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';
import { tallyListSchema } from './tallies.schemas.js';

interface Tally {
  id: string;
  as_of: string;
  series: string;
  documents: number | null;
  mirror_only: boolean;
  as_reported_by: string[] | null;
  attribution: string | null;
  sources: { kind: string }[];
  coverage: null | {
    agreements: { verified: number; verified_single: number; all: number };
    share: Record<string, { value: number | null; numerator?: number; denominator?: number }>;
    share_range: string;
    undated: { all: number };
    later: { all: number };
    bounds: Record<string, unknown>;
  };
}

/** Whether a partial date can fall on or before another (written here independently of core). */
function onOrBefore(date: string, asOf: string): boolean {
  const length = Math.min(date.length, asOf.length);
  return date.slice(0, length) <= asOf.slice(0, length);
}

describe.each(await testDatabases())('GET /v1/tallies on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('lists every official tally oldest first, with its sources and verification', async () => {
    const res = await request(t.app).get('/v1/tallies').expect(200);
    expect(res.headers['sco-release']).toBe(t.dataset.version);
    expect(res.body.release.id).toBe(t.dataset.version);
    expect(tallyListSchema.safeParse(res.body).error).toBeUndefined();
    const items = res.body.items as Tally[];
    expect(res.body.total).toBe(t.dataset.tables.official_tallies.length);
    expect(items.map((item) => item.id).sort()).toEqual(
      t.dataset.tables.official_tallies.map((x) => x.id).sort(),
    );
    const dates = items.map((item) => item.as_of);
    expect(dates).toEqual([...dates].sort());
    for (const item of items) {
      const sources = t.dataset.tables.sources.filter(
        (s) => s.subject_type === 'tally' && s.subject_id === item.id,
      );
      expect(item.sources).toHaveLength(sources.length);
      expect(item.mirror_only).toBe(
        sources.length > 0 && sources.every((source) => source.kind === 'mirror'),
      );
      expect(item.coverage === null).toBe(item.series !== 'cumulative' || item.documents === null);
    }
    const end2023 = items.find((item) => item.id === 'tally-2023-12-cumulative');
    expect(end2023).toMatchObject({
      as_of: '2023-12',
      as_of_precision: 'month',
      series: 'cumulative',
      series_label: 'All standardisation cooperation documents (cumulative)',
      documents: 108,
      partners: 65,
      qualifier: 'exact',
      qualifier_label: 'exactly',
      claim_lang: 'zh',
      verification_label: 'Single source',
      mirror_only: false,
      as_reported_by: null,
      attribution: null,
    });
  });

  it('sets the documented coverage beside the end-2023 tally of 108 documents', async () => {
    const res = await request(t.app).get('/v1/tallies?series=cumulative').expect(200);
    const tally = (res.body.items as Tally[]).find((item) => item.id === 'tally-2023-12-cumulative');
    const headline = t.dataset.tables.agreements.filter((agreement) => agreement.scope === 'standardisation');
    // An undated agreement counts when its terminus ante quem is on or before the end of December 2023.
    const bounded = (agreement: (typeof headline)[number]) =>
      agreement.signed_no_later_than !== null && agreement.signed_no_later_than <= '2023-12-31';
    const counted = (levels: readonly string[]) =>
      headline.filter(
        (agreement) =>
          levels.includes(agreement.verification) &&
          (agreement.signed_date === null
            ? bounded(agreement)
            : onOrBefore(agreement.signed_date, '2023-12')),
      ).length;
    const all = counted(['verified', 'single_source', 'unverified']);
    const verified = counted(['verified']);
    expect(tally?.coverage?.agreements).toEqual({
      verified,
      verified_single: counted(['verified', 'single_source']),
      all,
    });
    expect(tally?.coverage?.share['all']).toMatchObject({
      value: all / 108,
      numerator: all,
      denominator: 108,
    });
    // Both ends in the decimals the one that needs more has (at most one): "37.0%–77.8%", never "37%–77.8%".
    const tenths = (share: number) => Math.round(share * 1000) % 10 !== 0;
    const digits = tenths(verified / 108) || tenths(all / 108) ? 1 : 0;
    const percent = new Intl.NumberFormat('en', {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    expect(tally?.coverage?.share_range).toBe(
      `${percent.format(verified / 108)}\u2013${percent.format(all / 108)}`,
    );
    expect(tally?.coverage?.undated.all).toBe(
      headline.filter((agreement) => agreement.signed_date === null && !bounded(agreement)).length,
    );
    expect(tally?.coverage?.later.all).toBe(
      headline.filter(
        (agreement) => agreement.signed_date !== null && !onOrBefore(agreement.signed_date, '2023-12'),
      ).length,
    );
    expect(tally?.coverage).toMatchObject({ scope: 'standardisation' });
    // Hand-counted in data/ (standardisation scope): 76 records dated by 2023-12 (aqsiq-citma-cuba-2007, a
    // single-source record, added Cuba) and 8 undated ones with a signed_no_later_than by then
    // (abnt-china-early, the three Inner Mongolia MoUs, the SAC–BSI smart-city framework, the two ASEAN-centre
    // agreements, Costa Rica), 84 in all; the new partners are Brazil and Costa Rica (49 + 2 = 51); 20 undated
    // less those 8 = 12. Only the smart-city framework is single-source (68 + 1 = 69, partners 47; undated
    // 4 - 1 = 3); none is verified. At the verified level sac-uni-2022 (Italy) counts since its UNI page was
    // quoted verbatim (40 / 30); asean-center-myanmar-2022 is unverified since its only source stops before
    // what was signed (Myanmar still counts through 2018). No record dated only "2023" straddles 2023-12.
    // The China–Ukraine agreement of 1998-12-10 (verified) adds a document at every level and makes Ukraine a
    // partner at the verified and single-source levels (41 / 31, 70 / 48, 85 / 51); the AQSIQ–ISIRI MoU,
    // single-source and dated by no year, adds an undated record (4 and 13). The SAC–ISO Beijing Declaration
    // of 2016-09-14 (verified) adds a document at every level (42, 71, 86); ISO is already a partner by
    // 2023-12 (sac-iso-qingdao-training-base-2023). The SAC–PSQCA MoU of 2022-02, verified since a second
    // independent report (Pakistan Today) was found, adds a document and Pakistan at the verified level (43 / 32).
    expect(tally?.coverage?.bounds).toEqual({
      verified: { documents: { lower: 43, upper: 43 }, partners: { lower: 32, upper: 32 }, undated: 2 },
      verified_single: {
        documents: { lower: 71, upper: 71 },
        partners: { lower: 48, upper: 48 },
        undated: 4,
      },
      all: { documents: { lower: 86, upper: 86 }, partners: { lower: 51, upper: 51 }, undated: 13 },
    });
  });

  it('marks mirror-only tallies as reported by their mirrors, in the language asked for', async () => {
    const en = await request(t.app).get('/v1/tallies').expect(200);
    const mirrored = (en.body.items as Tally[]).find((item) => item.id === 'tally-2025-10-cumulative');
    expect(mirrored).toMatchObject({
      mirror_only: true,
      as_reported_by: ['bamcerelia.com'],
      attribution: 'As reported by bamcerelia.com',
    });
    const zh = await request(t.app).get('/v1/tallies?lang=zh&series=cumulative').expect(200);
    expect(tallyListSchema.safeParse(zh.body).error).toBeUndefined();
    const zhItem = (zh.body.items as (Tally & { series_label: string })[]).find(
      (item) => item.id === 'tally-2025-10-cumulative',
    );
    expect(zhItem?.attribution).toBe('据 bamcerelia.com 报道');
    expect(zhItem?.series_label).toBe('标准化合作文件总数（累计）');
    const fr = await request(t.app).get('/v1/tallies?lang=fr').expect(200);
    const frItem = (
      fr.body.items as (Tally & { sources: { kind_label: string }[]; qualifier_label: string })[]
    ).find((item) => item.id === 'tally-2025-10-cumulative');
    expect(frItem?.attribution).toBe('Selon bamcerelia.com');
    expect(frItem?.sources[0]?.kind_label).toBe('Copie ou republication');
    expect(frItem?.qualifier_label).toBe('exactement');
  });

  it('gives each source the publisher as outputs print it: labelled in the language asked for, never an IP address', async () => {
    type Labelled = Omit<Tally, 'sources'> & { sources: { publisher: string; publisher_label: string }[] };
    const sourcesOf = async (lang: string, id: string) => {
      const res = await request(t.app).get(`/v1/tallies?lang=${lang}`).expect(200);
      return (res.body.items as Labelled[]).find((item) => item.id === id)?.sources ?? [];
    };
    const cumulative = await sourcesOf('en', 'tally-2023-12-cumulative');
    expect(cumulative.find((source) => source.publisher === '122.227.57.98')?.publisher_label).toBe(
      'Unidentified website',
    );
    expect(cumulative.find((source) => source.publisher === 'IFRI')?.publisher_label).toBe('IFRI');
    const zh = await sourcesOf('zh', 'tally-2024-06-conformity-assessment');
    expect(zh.map((source) => source.publisher_label).sort()).toEqual([
      '人民网（新华社）',
      '国务院新闻办公室（新华社）',
    ]);
    const fr = await sourcesOf('fr', 'tally-2023-12-cumulative');
    expect(fr.find((source) => source.publisher === '122.227.57.98')?.publisher_label).toBe(
      'Site non identifié',
    );
  });

  it('filters by series', async () => {
    const res = await request(t.app).get('/v1/tallies?series=belt_and_road').expect(200);
    const expected = t.dataset.tables.official_tallies.filter((tally) => tally.series === 'belt_and_road');
    expect(res.body.total).toBe(expected.length);
    for (const item of res.body.items as Tally[]) {
      expect(item.series).toBe('belt_and_road');
      expect(item.coverage).toBeNull();
    }
  });

  it('answers 304 to a matching ETag', async () => {
    const first = await request(t.app).get('/v1/tallies').expect(200);
    const etag = first.headers['etag'] as string;
    await request(t.app).get('/v1/tallies').set('If-None-Match', etag).expect(304);
    const other = await request(t.app).get('/v1/tallies?series=flow').expect(200);
    expect(other.headers['etag']).not.toBe(etag);
  });

  it('names every invalid parameter', async () => {
    const res = await request(t.app)
      .get(`/v1/tallies?series=${encodeURIComponent("cumulative' OR 1=1")}&lang=klingon&sort=as_of`)
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    expect((res.body.errors as { name: string }[]).map((error) => error.name).sort()).toEqual([
      'lang',
      'series',
      'sort',
    ]);
    const series = (res.body.errors as { name: string; reason: string }[]).find(
      (error) => error.name === 'series',
    );
    expect(series?.reason).toBe('expected one of: cumulative, belt_and_road, flow, conformity_assessment');
    const huge = await request(t.app)
      .get(`/v1/tallies?series=${'x'.repeat(5000)}`)
      .expect(400);
    expect(huge.body.errors[0].name).toBe('series');
    const twice = await request(t.app).get('/v1/tallies?series=flow&series=cumulative').expect(400);
    expect(twice.body.errors[0].name).toBe('series');
    await request(t.app).get('/v1/tallies?release=1.0').expect(400);
    await request(t.app).get('/v1/tallies?release=9.9.9').expect(404);
    await request(t.app).get('/v1/tallies?state=draft').expect(401);
    await request(t.app).get('/v1/tallies').set('Accept', 'text/html').expect(406);
    await request(t.app).patch('/v1/tallies').expect(405);
  });
});
