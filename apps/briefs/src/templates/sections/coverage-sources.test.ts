import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBriefRequest } from '../../request/parse-brief-request.js';
import { briefData } from '../../data/brief-data.js';
import { loadRealData, openBriefTestData, type BriefTestData } from '../../test-support/brief-test-data.js';
import { coverageTextsFor } from '../../i18n/coverage-texts.js';
import { messagesFor } from '../../i18n/messages-for.js';
import { buildBriefPage } from '../build-brief.js';
import { escapeHtml } from '../html.js';

/** The overview brief as HTML (no Chromium), in the report unless told. */
function overviewPage(fixture: BriefTestData, lang: string, length = 'report'): string {
  return buildBriefPage(parseBriefRequest({ template: 'overview', lang, length }), fixture.data, {
    generatedAt: new Date('2026-11-28T12:00:00Z'),
    widgetsUrl: null,
    mapGeometry: null,
  }).html;
}

/** The overview's "Coverage and sources" section, as HTML, in the report unless told. */
function coverageSection(fixture: BriefTestData, lang: string, length = 'report'): string {
  const html = overviewPage(fixture, lang, length);
  const start = html.indexOf('<section\n        class="brief-section coverage-section');
  expect(start).toBeGreaterThan(-1);
  const end = html.indexOf('<section', start + 1);
  return html.slice(start, end === -1 ? undefined : end);
}

/** A table cell's text, with the note references after it (a tally's date cites its sources). */
const CELL = /<td class="[^"]*">([^<]*)(<sup class="note-ref"[^]*?<\/sup\s*>)?<\/td>/g;

/** The cells of every body row of a section's tables, row by row, as printed (without note references). */
const bodyRows = (section: string) =>
  [...section.matchAll(/<tr>((?:\s*<td class="[^"]*">(?:(?!<\/td>)[^])*<\/td>)+)\s*<\/tr>/g)].map((row) =>
    [...(row[1] ?? '').matchAll(CELL)].map((cell) => cell[1]),
  );

describe('the overview brief’s coverage and sources', () => {
  let real: BriefTestData;
  let missing: BriefTestData;
  beforeAll(async () => {
    real = await openBriefTestData();
    // Costa Rica's and Pakistan's records coded metrology: two partners named officially without a record.
    const dataset = await loadRealData();
    const { tables } = dataset;
    const jurisdiction = new Map(tables.institutions.map((i) => [i.id, i.jurisdiction]));
    const theirs = new Set(
      tables.parties
        .filter((p) => ['CRI', 'PAK'].includes(jurisdiction.get(p.institution_id) ?? ''))
        .map((p) => p.agreement_id),
    );
    const agreements = tables.agreements.map((a) =>
      theirs.has(a.id) ? { ...a, scope: 'metrology' as const } : a,
    );
    missing = await openBriefTestData({ ...dataset, tables: { ...tables, agreements } });
  });
  afterAll(async () => {
    await real.dispose();
    await missing.dispose();
  });

  it('gives documents / partners per verification level, the named partners and the weak sources', () => {
    const section = coverageSection(real, 'en');
    // Hand-counted in data/ as for the landing page's table (lower–upper bounds, standardisation scope):
    // official, verified, verified + single source, all. sac-uni-2022 (2022, Italy) is verified again and
    // asean-center-myanmar-2022 (2022, Myanmar still a partner through 2018) unverified; the SAC–ISO Beijing
    // Declaration (2016, verified) counts at every level: see the landing page test. sac-psqca-2022 (2022,
    // Pakistan), verified since a second independent report was found, adds a document and a partner at the
    // verified level from 2023-06 on.
    expect(bodyRows(section).map((row) => row.slice(1))).toEqual([
      ['92 / 52', '34–35 / 26–27', '59–60 / 42–43', '68–69 / 46'],
      ['107 / 65', '43 / 32', '71 / 48', '84–86 / 51'],
      ['108 / 65', '43 / 32', '71 / 48', '86 / 51'],
      ['126 / 72', '49 / 36', '85 / 57', '103 / 61'],
      // Weak sources as `sco data sources` counts them: all, verified, single source, unverified.
      ['46', '0', '27', '19'],
      ['1', '0', '0', '1'],
      ['2', '0', '0', '2'],
      ['2', '0', '0', '2'],
    ]);
    expect(section).toContain(
      'Each of the 6 partners that official claims name has a standardisation record in the dataset.',
    );
    // 59 of 168 records cite an official page: 35.1 %, printed without decimals.
    expect(section).toContain(
      '59 of the dataset’s 168 records (35%), adjacent scopes included, cite an official page, Chinese or partner.',
    );
    expect(section).not.toContain('Change since release');
  });

  it('names the weak sources as the landing page does, in every language', () => {
    const labels = (lang: string) =>
      bodyRows(coverageSection(real, lang))
        .slice(4)
        .map((row) => row[0]);
    expect(labels('en')).toEqual([
      'Resting only on reposts',
      'Quoted only by paraphrase',
      'Citing a bare IP address',
      'Citing an address that looks dead (by its form only)',
    ]);
    expect(labels('fr')).toEqual([
      'Ne reposant que sur des republications',
      'Cités seulement par paraphrase',
      'Citant une simple adresse IP',
      'Citant une adresse qui semble morte (sur sa seule forme)',
    ]);
    // In Chinese, spaced by the one rule (decision 0027).
    expect(labels('zh')).toEqual([
      '仅依据转载',
      '仅有转述引文',
      '引用纯 IP 地址',
      '引用的网址看似失效（仅按格式判断）',
    ]);
  });

  it('is compact in the short brief: one sentence, the coverage table citing the tallies’ sources, no weak sources', () => {
    const report = coverageSection(real, 'en');
    for (const lang of ['en', 'fr', 'zh']) {
      const short = coverageSection(real, lang, 'brief');
      const t = coverageTextsFor(lang as 'en' | 'fr' | 'zh');
      // One sentence before the table, the report's three-sentence explanation of the bounds left out.
      expect(short, lang).toContain(escapeHtml(t.shortIntro));
      expect(short, lang).not.toContain(escapeHtml(t.intro));
      expect(short, lang).not.toContain(escapeHtml(t.sourcesCaption));
      // The four tallies, each dated with its sources (the short timeline prints no table of tallies).
      const dates = [...short.matchAll(CELL)].filter((cell) => cell[2] !== undefined);
      expect(dates, lang).toHaveLength(4);
      expect(bodyRows(short).length, lang).toBe(4);
    }
    const short = coverageSection(real, 'en', 'brief');
    // The same figures as the report's table; its sentences on named partners and official sources kept.
    expect(bodyRows(short)).toEqual(bodyRows(report).slice(0, 4));
    expect(short).toContain(
      '59 of the dataset’s 168 records (35%), adjacent scopes included, cite an official page, Chinese or partner.',
    );
    expect(short).toContain(
      'Each of the 6 partners that official claims name has a standardisation record in the dataset.',
    );
    // The short brief has one table of the tallies, this one; the report has its own in the timeline too,
    // and cites the sources there, not here.
    const tallies = escapeHtml(messagesFor('en').captions.tallies);
    expect(overviewPage(real, 'en', 'brief')).not.toContain(tallies);
    expect(overviewPage(real, 'en')).toContain(tallies);
    expect(report).not.toContain('class="note-ref"');
    expect(report).toContain(escapeHtml(coverageTextsFor('en').sourcesCaption));
  });

  it('gives the change since the release before, by the latest tally, in every language', () => {
    // The earlier release lacks sac-din-1979 (standardisation, 1979, with DIN, whom sac-din-2006 also
    // names): one document more and no new partner by October 2025.
    const { data } = real;
    const earlier = {
      release: { id: '0.9.0', published_at: '2026-10-01T09:00:00Z' },
      agreements: data.agreements.filter((agreement) => agreement.id !== 'sac-din-1979'),
    };
    const withEarlier = { ...real, data: briefData({ ...data, earlier }) };
    expect(coverageSection(withEarlier, 'en')).toContain(
      'Change since release 0.9.0 (1 October 2026), by the latest tally (14 October 2025) and all levels counted: documents +1, partners 0.',
    );
    expect(coverageSection(withEarlier, 'fr')).toContain(
      'Évolution depuis la version 0.9.0 (1 octobre 2026), à la date du dernier décompte (14 octobre 2025), tous niveaux confondus\u00a0: documents +1, partenaires 0.',
    );
    expect(coverageSection(withEarlier, 'zh')).toContain('文件 +1，合作方 0。');
  }, 30_000);

  it('names the officially named partners that have no standardisation record, in the brief’s language', () => {
    const section = coverageSection(missing, 'fr');
    expect(section).toMatch(
      /Des 6 partenaires que nomment les déclarations officielles, 2 n’ont aucun accord de normalisation dans le jeu de données\u00a0: Costa Rica et Pakistan\./,
    );
  });
});
