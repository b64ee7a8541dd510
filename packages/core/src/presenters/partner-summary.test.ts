import { describe, expect, it } from 'vitest';
import { areaName } from '../geo/regions.js';
import { comparePartners } from './compare-partners.js';
import { partnerIndex } from './partner-index.js';
import { partnerSummary } from './partner-summary.js';
import { recordingLink, sampleRelease } from './test-support/sample-release.js';

describe('partnerSummary', () => {
  const index = partnerIndex(sampleRelease().agreements);
  const entry = (code: string) => {
    const found = index.get(code);
    if (!found) throw new Error(`no partner ${code}`);
    return found;
  };

  it('names the partner in the language, with its region and its agreements’ dates', () => {
    expect(partnerSummary(entry('DEU'), 'fr', recordingLink)).toEqual({
      code: 'DEU',
      kind: 'country',
      name: 'Allemagne',
      names: { en: 'Germany', fr: 'Allemagne', zh: '德国' },
      region: '150',
      region_name: 'Europe',
      subregion: '155',
      // Western Europe as CLDR names it in the language (from Intl's data).
      subregion_name: areaName('155', 'fr'),
      organisation_kind: null,
      agreements: {
        headline: { count: 2, first_signed: '2006-04-10', latest_signed: '2012-03', undated: 0 },
        with_adjacent: { count: 2, first_signed: '2006-04-10', latest_signed: '2012-03', undated: 0 },
      },
      href: '/v1/partners/DEU lang=fr',
    });
  });

  it('counts undated agreements apart from the dates', () => {
    const summary = partnerSummary(entry('ARSO'), 'zh', recordingLink);
    expect(summary).toMatchObject({ name: '非洲标准化组织', kind: 'organisation', subregion: null });
    expect(summary.agreements.headline).toEqual({
      count: 1,
      first_signed: null,
      latest_signed: null,
      undated: 1,
    });
  });
});

describe('comparePartners', () => {
  const partner = (code: string, name: string, headline: number, withAdjacent = headline) => ({
    code,
    name,
    agreements: {
      headline: { count: headline, first_signed: null, latest_signed: null, undated: 0 },
      with_adjacent: { count: withAdjacent, first_signed: null, latest_signed: null, undated: 0 },
    },
  });
  const list = [
    partner('EGY', 'Égypte', 1),
    partner('DEU', 'Allemagne', 3),
    partner('FRA', 'France', 3, 5),
    partner('ESP', 'Espagne', 1),
  ];
  const sorted = (sort: 'name' | '-agreements' | 'code', lang: 'en' | 'fr' = 'fr') =>
    [...list].sort(comparePartners(sort, lang)).map((item) => item.code);

  it('sorts by name with the collation of the language, accents folded', () => {
    expect(sorted('name')).toEqual(['DEU', 'EGY', 'ESP', 'FRA']);
  });

  it('sorts by most agreements of headline scope, then with adjacent scopes, then by name', () => {
    expect(sorted('-agreements')).toEqual(['FRA', 'DEU', 'EGY', 'ESP']);
  });

  it('sorts by code', () => {
    expect(sorted('code')).toEqual(['DEU', 'EGY', 'ESP', 'FRA']);
  });
});
