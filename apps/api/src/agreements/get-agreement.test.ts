import {
  dataLabel,
  institutionNameIn,
  publisherLabel,
  sourceKindLabel,
  type Dataset,
  type Lang,
} from '@sco/core';
import { getAgreement, importDataset } from '@sco/db';
import { testDatabases } from '@sco/db/testing';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApp, type TestApp } from '../test-support/test-app.js';

const JOINT_INITIATIVE = 'belt-road-standards-joint-initiative-2017';
/** Signed by an institution the source does not name, reported by a publisher the data describes in English. */
const QINGDAO = 'sco-qingdao-standardization-initiative-2025';
const UNNAMED_SCO_BODIES = 'National standardization bodies of the SCO member states (collectively)';
const PEOPLES_DAILY_ONLINE = "People's Daily Online (Xinhua)";
/** Replaces sac-din-1979 and is extended by sac-din-2012, with a note on each relation. */
const DIN_2006 = 'sac-din-2006';
const DIN_2006_NOTE =
  'DIN (2009): the first agreement was concluded in 1979; the cooperation is now based on the agreement signed on 10 April 2006';
const DIN_2012_NOTE =
  'DIN: SAC and DIN confirmed the continuation of the cooperation agreement (Verlängerung)';
const PROVISION_CODES = [
  'information_exchange',
  'training',
  'joint_international_work',
  'international_basis',
  'mutual_recognition',
  'one_way_adoption',
  'standing_body',
  'conformity_assessment',
];

interface Link {
  relation: string;
  agreement: { id: string; title_en: string; signed: { date: string | null; precision: string } };
}

/** The real data with one agreement's title changed, as the next release. */
function retitled(dataset: Dataset, id: string, title: string, version: string): Dataset {
  return {
    version,
    tables: {
      ...dataset.tables,
      agreements: dataset.tables.agreements.map((a) => (a.id === id ? { ...a, title_en: title } : a)),
    },
  };
}

describe.each(await testDatabases())('GET /v1/agreements/{id} on $dialect', (database) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await openTestApp(database);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('shows the multilateral joint initiative with its two Chinese parties and twelve partners', async () => {
    const res = await request(t.app)
      .get(`/v1/agreements/${JOINT_INITIATIVE}`)
      .expect(200)
      .expect('Content-Type', /application\/json/);
    expect(res.headers['sco-release']).toBe(t.dataset.version);
    expect(res.body.release).toEqual({ id: t.dataset.version, published_at: '2026-11-28T12:00:00.000Z' });
    expect(res.body.lang).toBe('en');
    const agreement = res.body.agreement;
    expect(agreement).toMatchObject({
      id: JOINT_INITIATIVE,
      type: 'joint_initiative',
      title_original_lang: 'zh',
      signed_date: '2017-05',
      signed: { date: '2017-05', precision: 'month', basis: 'stated', year: 2017 },
      bri_framing: 'explicit',
      version: 1,
    });
    expect(agreement.parties).toHaveLength(14);
    expect(agreement.parties.filter((p: { side: string }) => p.side === 'chinese')).toHaveLength(2);
    expect(agreement.partners).toHaveLength(12);
    expect(agreement.partners.map((p: { code: string }) => p.code)).toEqual(
      expect.arrayContaining(['RUS', 'SRB', 'MNG', 'MYS', 'GRC', 'TUR', 'PHL', 'CHE']),
    );
    const russia = agreement.partners.find((p: { code: string }) => p.code === 'RUS');
    expect(russia).toEqual({
      code: 'RUS',
      kind: 'country',
      names: { en: 'Russian Federation', fr: 'Russie', zh: '俄罗斯' },
      region: '150',
      subregion: '151',
    });
    const sac = agreement.parties.find(
      (p: { institution: { id: string } }) => p.institution.id === 'sac',
    ) as { side: string; institution: Record<string, unknown>; jurisdiction: { code: string } };
    expect(sac.side).toBe('chinese');
    expect(Object.keys(sac.institution).sort()).toEqual([
      'acronym',
      'id',
      'kind',
      'name_en',
      'name_label',
      'name_original',
    ]);
    expect(sac.institution['name_label']).toBe(sac.institution['name_en']);
    expect(sac.jurisdiction.code).toBe('CHN');
    expect(agreement.sources.length).toBeGreaterThan(0);
    for (const source of agreement.sources) {
      expect(Object.keys(source).sort()).toEqual([
        'accessed',
        'id',
        'kind',
        'kind_label',
        'publisher',
        'publisher_label',
        'quote',
        'quote_basis',
        'reposts',
        'url',
      ]);
    }
  });

  it('gives each source the publisher as outputs print it, apart from the publisher the data records', async () => {
    const labelOf = async (agreementId: string, publisher: string) => {
      const res = await request(t.app).get(`/v1/agreements/${agreementId}`).expect(200);
      const sources = res.body.agreement.sources as { publisher: string; publisher_label: string }[];
      return sources.find((source) => source.publisher === publisher)?.publisher_label;
    };
    expect(await labelOf('samr-laos-2024', 'xn--yet74fr8g.com')).toBe('徐小明.com');
    expect(await labelOf('sac-kazakhstan-2023', '122.227.57.98')).toBe('Unidentified website');
    expect(await labelOf('sac-saso-2022', 'Al-Jazirah')).toBe('Al-Jazirah');
  });

  it.each<Lang>(['fr', 'zh'])(
    "labels the data's English texts in %s and keeps the recorded originals beside them",
    async (lang) => {
      const res = await request(t.app).get(`/v1/agreements/${QINGDAO}?lang=${lang}`).expect(200);
      expect(res.body.lang).toBe(lang);
      const { parties, sources } = res.body.agreement as {
        parties: { institution: { name_en: string; name_label: string; name_original: string | null } }[];
        sources: { publisher: string; publisher_label: string; kind: 'media'; kind_label: string }[];
      };
      const unnamed = parties.find((party) => party.institution.name_en === UNNAMED_SCO_BODIES);
      expect(unnamed?.institution.name_label).toBe(dataLabel(UNNAMED_SCO_BODIES, lang));
      expect(unnamed?.institution.name_label).not.toBe(UNNAMED_SCO_BODIES);
      // Every named institution in the language too (SAC: its Chinese name, its French one).
      for (const { institution } of parties) {
        expect(institution.name_label).toBe(institutionNameIn(institution, lang));
        expect(institution.name_label).not.toBe(institution.name_en);
      }
      const source = sources.find((item) => item.publisher === PEOPLES_DAILY_ONLINE);
      expect(source?.publisher_label).toBe(publisherLabel(PEOPLES_DAILY_ONLINE, lang));
      expect(source?.publisher_label).not.toBe(PEOPLES_DAILY_ONLINE);
      expect(source?.kind).toBe('media');
      expect(source?.kind_label).toBe(sourceKindLabel('media', lang));
      expect(source?.kind_label).not.toBe('media');

      const din = await request(t.app).get(`/v1/agreements/${DIN_2006}?lang=${lang}`).expect(200);
      const { outgoing, incoming } = din.body.agreement.lineage as Record<
        'outgoing' | 'incoming',
        { relation: string; agreement: { id: string }; note: string | null; note_label: string | null }[]
      >;
      expect(outgoing.map(({ agreement, note, note_label }) => [agreement.id, note, note_label])).toEqual([
        ['sac-din-1979', DIN_2006_NOTE, dataLabel(DIN_2006_NOTE, lang)],
      ]);
      expect(incoming.map(({ agreement, note, note_label }) => [agreement.id, note, note_label])).toEqual([
        ['sac-din-2012', DIN_2012_NOTE, dataLabel(DIN_2012_NOTE, lang)],
      ]);
      expect(outgoing[0]?.note_label).not.toBe(DIN_2006_NOTE);
      expect(incoming[0]?.note_label).not.toBe(DIN_2012_NOTE);
    },
  );

  it('gives the French and Chinese labels of a record as the label tables write them', async () => {
    const read = async (lang: Lang) => {
      const res = await request(t.app).get(`/v1/agreements/${QINGDAO}?lang=${lang}`).expect(200);
      const { parties, sources } = res.body.agreement as {
        parties: { institution: { name_en: string; name_label: string } }[];
        sources: { publisher: string; publisher_label: string }[];
      };
      return [
        parties.find((party) => party.institution.name_en === UNNAMED_SCO_BODIES)?.institution.name_label,
        sources.find((source) => source.publisher === PEOPLES_DAILY_ONLINE)?.publisher_label,
      ];
    };
    expect(await read('en')).toEqual([UNNAMED_SCO_BODIES, PEOPLES_DAILY_ONLINE]);
    expect(await read('fr')).toEqual([
      'Organismes nationaux de normalisation des États membres de l’OCS (collectivement)',
      'Quotidien du peuple en ligne (Xinhua)',
    ]);
    expect(await read('zh')).toEqual(['上海合作组织成员国国家标准化机构（统称）', '人民网（新华社）']);
  });

  it('gives the title in the language asked for beside the recorded titles, and says whose it is', async () => {
    const read = async (id: string, lang: Lang) =>
      (await request(t.app).get(`/v1/agreements/${id}?lang=${lang}`).expect(200)).body.agreement as Record<
        string,
        unknown
      > & { lineage: { outgoing: { agreement: Record<string, unknown> }[] } };
    const titles = (agreement: Record<string, unknown>) => [
      agreement['title_label'],
      agreement['title_label_lang'],
      agreement['title_label_basis'],
    ];
    const recorded = {
      title_en: 'Joint Initiative on Strengthening Standards Cooperation to Promote the Belt and Road',
      title_original: '关于加强标准合作，助推“一带一路”建设联合倡议',
      title_original_lang: 'zh',
    };
    // A Chinese original is the Chinese title; French has the Observatory's translation.
    for (const lang of ['en', 'fr', 'zh'] as const)
      expect(await read(JOINT_INITIATIVE, lang), lang).toMatchObject(recorded);
    expect(titles(await read(JOINT_INITIATIVE, 'en'))).toEqual([recorded.title_en, 'en', 'recorded']);
    expect(titles(await read(JOINT_INITIATIVE, 'zh'))).toEqual([recorded.title_original, 'zh', 'original']);
    expect(titles(await read(JOINT_INITIATIVE, 'fr'))).toEqual([
      'Initiative conjointe sur le renforcement de la coopération en matière de normes pour promouvoir la Ceinture et la Route',
      'fr',
      'translation',
    ]);
    // No Chinese original: translated in both languages, in the lineage's references too.
    const zh = await read('sac-singapore-2014', 'zh');
    expect(titles(zh)).toEqual(['国家标准委与新加坡标准化合作协议（2014 年）', 'zh', 'translation']);
    expect(titles(zh.lineage.outgoing[0]?.agreement ?? {})).toEqual([
      '国家标准委与新加坡标准化合作协议（2008 年）',
      'zh',
      'translation',
    ]);
    expect(titles(await read('sac-singapore-2014', 'fr'))).toEqual([
      'Accord de coopération en normalisation SAC-Singapour (2014)',
      'fr',
      'translation',
    ]);
  });

  it('lists all eight provisions, coded ones with their evidence and source', async () => {
    const res = await request(t.app).get(`/v1/agreements/${JOINT_INITIATIVE}`).expect(200);
    const provisions = res.body.agreement.provisions as {
      provision: string;
      status: string;
      evidence: string | null;
      source_id: string | null;
    }[];
    expect(provisions.map((p) => p.provision)).toEqual(PROVISION_CODES);
    const coded = t.dataset.tables.provisions.filter((p) => p.agreement_id === JOINT_INITIATIVE);
    expect(coded.length).toBeGreaterThan(0);
    for (const row of coded) {
      expect(provisions.find((p) => p.provision === row.provision)).toEqual({
        provision: row.provision,
        status: row.status,
        evidence: row.evidence,
        source_id: row.source_id,
      });
    }
    const uncoded = provisions.filter((p) => !coded.some((row) => row.provision === p.provision));
    expect(uncoded.length).toBe(8 - coded.length);
    for (const p of uncoded)
      expect(p).toMatchObject({ status: 'not_coded', evidence: null, source_id: null });
  });

  it('shows lineage both ways, with year-only dates kept as years', async () => {
    const res = await request(t.app).get('/v1/agreements/sac-singapore-2014').expect(200);
    const { signed, lineage, signed_date } = res.body.agreement;
    expect(signed_date).toBe('2014');
    expect(signed).toEqual({ date: '2014', precision: 'year', basis: 'stated', year: 2014 });
    expect(JSON.stringify(res.body)).not.toMatch(/2014-01-01|2008-01-01|2018-01-01/);
    expect(lineage.outgoing).toEqual([
      {
        relation: 'renews',
        agreement: {
          id: 'sac-singapore-2008',
          title_en: 'SAC-Singapore standardization cooperation agreement (2008)',
          title_label: 'SAC-Singapore standardization cooperation agreement (2008)',
          title_label_lang: 'en',
          title_label_basis: 'recorded',
          signed: { date: '2008', precision: 'year', basis: 'stated', year: 2008 },
        },
        note: expect.any(String),
        note_label: expect.any(String),
      },
    ]);
    expect(lineage.outgoing[0].note_label).toBe(lineage.outgoing[0].note);
    expect(lineage.incoming.map((link: Link) => [link.relation, link.agreement.id])).toEqual([
      ['renews', 'sac-singapore-2018'],
    ]);
    expect(lineage.incoming[0].agreement.signed).toMatchObject({ date: '2018', precision: 'year' });
  });

  it("shows the record's history: the import's 'created' entry", async () => {
    const res = await request(t.app).get('/v1/agreements/sac-din-2006').expect(200);
    const { history } = res.body.agreement;
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      action: 'created',
      field: null,
      old_value: null,
      actor: 'test',
      at: '2026-11-28T12:00:00.000Z',
      release_id: t.dataset.version,
    });
    expect(history[0].new_value).toMatchObject({
      id: 'sac-din-2006',
      title_en: 'SAC-DIN cooperation agreement',
    });
  });

  it('tags the record version, answers 304 to it, and caches a pinned release for good', async () => {
    const stored = await getAgreement(t.db.db, t.dataset.version, 'sac-din-2006');
    const res = await request(t.app).get('/v1/agreements/sac-din-2006').expect(200);
    expect(res.body.agreement.version).toBe(stored?.version);
    const etag = res.headers['etag'] as string;
    expect(etag).toBe(`"v${stored?.version}@${t.dataset.version}"`);
    expect(res.headers['cache-control']).toMatch(/max-age=60/);
    const notModified = await request(t.app)
      .get('/v1/agreements/sac-din-2006')
      .set('If-None-Match', `"other", ${etag}`)
      .expect(304);
    expect(notModified.text).toBe('');
    expect(notModified.headers['etag']).toBe(etag);
    await request(t.app).get('/v1/agreements/sac-din-2006').set('If-None-Match', `W/${etag}`).expect(304);
    await request(t.app).get('/v1/agreements/sac-din-2006').set('If-None-Match', '"v1"').expect(200);
    const other = await request(t.app).get('/v1/agreements/sac-din-2012').expect(200);
    expect(other.headers['etag']).toBe(etag);
    const pinned = await request(t.app)
      .get(`/v1/agreements/sac-din-2006?release=${t.dataset.version}`)
      .expect(200);
    expect(pinned.headers['cache-control']).toMatch(/immutable/);
  });

  it('tags each language apart, and answers 304 only to the tag of the language asked for', async () => {
    const stored = await getAgreement(t.db.db, t.dataset.version, DIN_2006);
    const tagOf = async (query: string) =>
      (await request(t.app).get(`/v1/agreements/${DIN_2006}${query}`).expect(200)).headers['etag'] as string;
    const en = await tagOf('');
    expect(await tagOf('?lang=en')).toBe(en);
    const fr = await tagOf('?lang=fr');
    const zh = await tagOf('?lang=zh');
    expect([en, fr, zh]).toEqual([
      `"v${stored?.version}@${t.dataset.version}"`,
      `"v${stored?.version}@${t.dataset.version}:fr"`,
      `"v${stored?.version}@${t.dataset.version}:zh"`,
    ]);
    await request(t.app).get(`/v1/agreements/${DIN_2006}?lang=fr`).set('If-None-Match', fr).expect(304);
    await request(t.app).get(`/v1/agreements/${DIN_2006}?lang=fr`).set('If-None-Match', en).expect(200);
    await request(t.app).get(`/v1/agreements/${DIN_2006}?lang=zh`).set('If-None-Match', fr).expect(200);
    await request(t.app).get(`/v1/agreements/${DIN_2006}`).set('If-None-Match', zh).expect(200);
  });

  it('rejects an unknown lang, naming the parameter and the languages it takes', async () => {
    for (const lang of ['de', 'FR', 'zh-CN', '']) {
      const res = await request(t.app)
        .get(`/v1/agreements/${DIN_2006}?lang=${lang}`)
        .expect(400)
        .expect('Content-Type', /application\/problem\+json/);
      expect(res.body).toMatchObject({ status: 400, type: '/docs/problems/invalid-parameters' });
      expect(res.body.errors).toEqual([{ name: 'lang', in: 'query', reason: 'expected one of: en, fr, zh' }]);
      expect(res.headers['etag']).toBeUndefined();
    }
  });

  it('answers 404 naming an unknown id, and 404 for an unknown release', async () => {
    const res = await request(t.app)
      .get('/v1/agreements/sac-nowhere-2099')
      .expect(404)
      .expect('Content-Type', /application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 404, type: '/docs/problems/not-found' });
    expect(res.body.detail).toContain('"sac-nowhere-2099"');
    expect(res.body.detail).toContain(`release ${t.dataset.version}`);
    expect(res.headers['etag']).toBeUndefined();
    const release = await request(t.app).get('/v1/agreements/sac-din-2006?release=9.9.9').expect(404);
    expect(release.body.detail).toContain('9.9.9');
  });

  it.each([
    ['upper case', 'SAC-DIN-2006'],
    ['a double hyphen', 'sac--din'],
    ['an injection string', encodeURIComponent("x' OR 1=1; --")],
    ['a path traversal', '..%2F..%2Fetc%2Fpasswd'],
    ['spaces', 'sac%20din'],
    ['Chinese characters', encodeURIComponent('标准')],
    ['an oversized id', 'a'.repeat(121)],
  ])('answers 400 naming id for %s', async (_case, id) => {
    const res = await request(t.app)
      .get(`/v1/agreements/${id}`)
      .expect(400)
      .expect('Content-Type', /application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 400, type: '/docs/problems/invalid-parameters' });
    const errors = res.body.errors as { name: string; in: string; reason: string }[];
    expect(errors.length).toBeGreaterThan(0);
    for (const error of errors) expect(error).toMatchObject({ name: 'id', in: 'path' });
  });

  it('rejects bad query parameters, the draft without a key, other types and other methods', async () => {
    const bad = await request(t.app)
      .get('/v1/agreements/sac-din-2006?release=latest&colour=red&state=final')
      .expect(400);
    expect((bad.body.errors as { name: string }[]).map((e) => e.name).sort()).toEqual([
      'colour',
      'release',
      'state',
    ]);
    const draft = await request(t.app).get('/v1/agreements/sac-din-2006?state=draft').expect(401);
    expect(draft.headers['www-authenticate']).toMatch(/Bearer/);
    const png = await request(t.app)
      .get('/v1/agreements/sac-din-2006')
      .set('Accept', 'image/png')
      .expect(406);
    expect(png.body.available).toEqual(['application/json']);
    const put = await request(t.app).put('/v1/agreements/sac-din-2006').expect(405);
    expect(put.headers['allow']).toContain('GET');
  });
});

describe.each(await testDatabases())('GET /v1/agreements/{id} across releases on $dialect', (database) => {
  let t: TestApp;
  let first: string;
  const next = '1.0.1';
  beforeAll(async () => {
    t = await openTestApp(database);
    first = t.dataset.version;
    const imported = await importDataset(
      t.db.db,
      retitled(
        t.dataset,
        'sac-singapore-2008',
        'SAC-SPRING Singapore standardization agreement (2008)',
        next,
      ),
      { actor: 'curator', now: new Date('2026-12-01T09:00:00Z') },
    );
    if (!imported.ok) throw new Error(imported.message);
  });
  afterAll(async () => {
    await t.dispose();
  });

  it('shows the history released up to the release read, and the new tag', async () => {
    const latest = await request(t.app).get('/v1/agreements/sac-singapore-2008').expect(200);
    expect(latest.headers['sco-release']).toBe(next);
    expect(latest.headers['etag']).toBe(`"v2@${next}"`);
    expect(latest.body.agreement.version).toBe(2);
    expect(latest.body.agreement.title_en).toBe('SAC-SPRING Singapore standardization agreement (2008)');
    expect(
      (latest.body.agreement.history as { action: string; field: string | null; release_id: string }[]).map(
        (h) => [h.action, h.field, h.release_id],
      ),
    ).toEqual([
      ['created', null, first],
      ['updated', 'title_en', next],
    ]);
    expect(latest.body.agreement.history[1]).toMatchObject({
      old_value: 'SAC-Singapore standardization cooperation agreement (2008)',
      new_value: 'SAC-SPRING Singapore standardization agreement (2008)',
      actor: 'curator',
      at: '2026-12-01T09:00:00.000Z',
    });

    const old = await request(t.app).get(`/v1/agreements/sac-singapore-2008?release=${first}`).expect(200);
    expect(old.headers['etag']).toBe(`"v1@${first}"`);
    expect(old.body.agreement.version).toBe(1);
    expect(old.body.agreement.title_en).toBe('SAC-Singapore standardization cooperation agreement (2008)');
    expect(old.body.agreement.history.map((h: { action: string }) => h.action)).toEqual(['created']);
    await request(t.app)
      .get('/v1/agreements/sac-singapore-2008')
      .set('If-None-Match', old.headers['etag'] as string)
      .expect(200);
  });

  it("shows the target's new title in the lineage of a record that did not change", async () => {
    const latest = await request(t.app).get('/v1/agreements/sac-singapore-2014').expect(200);
    expect(latest.body.agreement.version).toBe(1);
    expect(latest.headers['etag']).toBe(`"v1@${next}"`);
    expect(latest.body.agreement.lineage.outgoing[0].agreement.title_en).toBe(
      'SAC-SPRING Singapore standardization agreement (2008)',
    );
    const old = await request(t.app).get(`/v1/agreements/sac-singapore-2014?release=${first}`).expect(200);
    expect(old.body.agreement.lineage.outgoing[0].agreement.title_en).toBe(
      'SAC-Singapore standardization cooperation agreement (2008)',
    );
  });
});
