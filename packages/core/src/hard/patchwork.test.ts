import { describe, expect, it } from 'vitest';
import type { Agreement, Party } from '../dataset/assemble.js';
import {
  agreement,
  ASEAN,
  country,
  DEU,
  FRA,
  KEN,
  TWELVE,
  type AgreementSpec,
} from '../indicators/test-support/fixtures.js';
import { patchwork } from './patchwork.js';

function chineseBody(id: string): Party {
  return {
    side: 'chinese',
    institution: {
      id,
      name_en: id.toUpperCase(),
      name_original: null,
      acronym: id.toUpperCase(),
      kind: 'government_ministry',
      jurisdiction: 'CHN',
      notes: null,
    },
    jurisdiction: country('CHN', '142'),
  };
}

/** An agreement signed on the Chinese side by the bodies given. */
function signedBy(bodies: readonly string[], spec: AgreementSpec): Agreement {
  const base = agreement(spec);
  return {
    ...base,
    parties: [...bodies.map(chineseBody), ...base.parties.filter((p) => p.side === 'partner')],
  };
}

const agreements = [
  signedBy(['sac'], { id: 'a', date: '2010', partners: [DEU] }),
  signedBy(['sac', 'aqsiq'], { id: 'b', date: '2015-05', partners: TWELVE }),
  signedBy(['cnca'], {
    id: 'c',
    date: '2015',
    partners: [{ jurisdiction: KEN, kind: 'government_ministry' }],
  }),
  signedBy(['samr'], { id: 'd', date: '2021', partners: [ASEAN] }),
  signedBy(['sac'], { id: 'e', date: null, partners: [FRA] }),
  signedBy(['cnas'], { id: 'f', date: '2015', partners: [DEU], scope: 'accreditation' }),
];
const result = patchwork(agreements, 'verified');

describe('patchwork', () => {
  it('counts agreements per Chinese signatory, adjacent scopes left out', () => {
    // sac: a, b, e = 3; aqsiq, cnca, samr 1 each; cnas signs only f (accreditation)
    expect(result.n).toBe(5);
    expect(result.by_chinese_body.map((b) => [b.institution_id, b.agreements])).toEqual([
      ['sac', 3],
      ['aqsiq', 1],
      ['cnca', 1],
      ['samr', 1],
    ]);
  });

  it('counts agreements per partner body kind', () => {
    // national standards bodies: a, b, e; a ministry: c; a regional standards organisation: d (ASEAN)
    expect(result.by_partner_kind).toEqual([
      { kind: 'national_standards_body', agreements: 3 },
      { kind: 'government_ministry', agreements: 1 },
      { kind: 'regional_standards_organisation', agreements: 1 },
    ]);
  });

  it('gives the multilateral share by period', () => {
    // −2012: a → 0/1; 2013–2019: b (twelve partners), c → 1/2; 2020–: d → 0/1; undated: e → 0/1
    expect(result.multilateral).toEqual([
      { period: '-2012', multilateral: 0, agreements: 1, share: 0 },
      { period: '2013-2019', multilateral: 1, agreements: 2, share: 0.5 },
      { period: '2020-', multilateral: 0, agreements: 1, share: 0 },
      { period: 'undated', multilateral: 0, agreements: 1, share: 0 },
    ]);
  });

  it('gives the concentration of Chinese signatories by year', () => {
    // 2015: pairs sac 1, aqsiq 1, cnca 1 → 3 × (1/3)² = 1/3; 2010 and 2021: one body → 1
    expect(result.concentration.map((c) => [c.year, c.agreements, c.signatories])).toEqual([
      [2010, 1, 1],
      [2015, 2, 3],
      [2021, 1, 1],
    ]);
    expect(result.concentration[1]?.hhi).toBeCloseTo(1 / 3, 12);
    expect(result.concentration[0]?.hhi).toBe(1);
  });
});
