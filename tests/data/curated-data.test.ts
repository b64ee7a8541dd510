import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { assembleAgreements, formatProblem, hardTotal, type Agreement, type Dataset } from '@sco/core';
import { loadDataPackage } from '@sco/datapackage';

const dataDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');

let dataset: Dataset;
let agreements: Agreement[];
const byId = (id: string): Agreement => {
  const agreement = agreements.find((a) => a.id === id);
  if (!agreement) throw new Error(`no agreement ${id}`);
  return agreement;
};

beforeAll(async () => {
  const result = await loadDataPackage(dataDir);
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  dataset = result.dataset;
  agreements = assembleAgreements(dataset);
});

describe('the curated data in data/', () => {
  it('holds at least 45 distinct agreements, each with a source and a verification status', () => {
    expect(agreements.length).toBeGreaterThanOrEqual(45);
    expect(new Set(agreements.map((a) => a.id)).size).toBe(agreements.length);
    for (const agreement of agreements) {
      expect(agreement.sources.length, agreement.id).toBeGreaterThan(0);
      expect(['verified', 'single_source', 'unverified'], agreement.id).toContain(agreement.verification);
    }
    expect(agreements.filter((a) => a.scope === 'standardisation').length).toBeGreaterThanOrEqual(45);
  });

  it('records the May 2017 joint initiative as one agreement with 12 partners', () => {
    const initiative = byId('belt-road-standards-joint-initiative-2017');
    expect(initiative.type).toBe('joint_initiative');
    expect(initiative.signed_date).toBe('2017-05');
    expect(initiative.partners).toHaveLength(12);
    expect(initiative.partners.map((p) => p.code).sort()).toEqual(
      ['BLR', 'CHE', 'ETH', 'GRC', 'KAZ', 'KHM', 'MNG', 'MYS', 'PHL', 'RUS', 'SRB', 'TUR'].sort(),
    );
    expect(
      agreements.filter((a) => a.type === 'joint_initiative' && a.signed_date === '2017-05'),
    ).toHaveLength(1);
  });

  it('links the Singapore agreements as a lineage of four, in date order', () => {
    const chain = ['sac-singapore-2008', 'sac-singapore-2014', 'sac-singapore-2018', 'sac-singapore-2022'];
    for (let i = 1; i < chain.length; i++) {
      const later = byId(chain[i] ?? '');
      expect(later.relations).toContainEqual(
        expect.objectContaining({ relation: 'renews', target_id: chain[i - 1] }),
      );
      expect((later.signed.year ?? 0) > (byId(chain[i - 1] ?? '').signed.year ?? 0)).toBe(true);
    }
    expect(chain.map((id) => byId(id).signed.year)).toEqual([2008, 2014, 2018, 2022]);
  });

  it('links the other known renewals', () => {
    const links = dataset.tables.relations.map((r) => `${r.agreement_id} ${r.relation} ${r.target_id}`);
    expect(links).toContain('sac-din-2012 extends sac-din-2006');
    expect(links).toContain('sac-ansi-2017 renews sac-ansi-2002');
    expect(links).toContain('sac-saso-2022 renews sac-saso-2016');
    expect(links.filter((l) => l.startsWith('sac-afnor-')).length).toBeGreaterThanOrEqual(2);
  });

  it('gives no agreement day precision unless a source states the day', () => {
    const dayPrecise = agreements.filter((a) => a.signed.precision === 'day');
    expect(dayPrecise.length).toBeGreaterThan(0);
    for (const agreement of dayPrecise) {
      // A day comes from a source: either the whole date is stated, or the day and month are stated and only
      // the year was deduced, which the curators' note must say.
      if (agreement.signed.basis === 'inferred')
        expect(agreement.notes ?? '', agreement.id).toMatch(/year|inferred/i);
      else expect(agreement.signed.basis, agreement.id).toBe('stated');
    }
    // the correction from the research notes
    expect(byId('sac-bsi-2004').signed_date).toBe('2004-04-21');
    // year-only sources stay year-only
    expect(byId('sac-singapore-2008').signed).toMatchObject({ date: '2008', precision: 'year' });
  });

  it('bounds undated agreements only by a date logged in the curation log', () => {
    const bounded = agreements
      .filter((a) => a.signed_no_later_than !== null)
      .map((a) => [a.id, a.signed_no_later_than]);
    expect(bounded.sort()).toEqual([
      ['abnt-china-early', '2011-07-20'],
      ['aqsiq-inmetro-product-safety-2011', '2011-04-13'],
      ['asean-center-malaysia-info', '2023-02-04'],
      ['asean-center-vietnam-malaysia-info', '2023-02-04'],
      ['ccic-son', '2012-12-11'],
      ['china-costa-rica-standardization', '2023-06-30'],
      ['cnas-belarus-accreditation-2019', '2019-12-20'],
      ['cnas-kenas', '2025-02-05'],
      ['inner-mongolia-swiss-chinese-association', '2018-08-02'],
      ['inner-mongolia-une', '2018-08-02'],
      ['inner-mongolia-uni', '2018-08-02'],
      ['nim-inmetro-2011', '2011-04-13'],
      ['sac-bsi-smart-city-framework', '2018-04-12'],
      ['samr-ethiopia', '2024-08-29'],
      ['samr-kyrgyzstan-conformity-2018', '2018-08-22'],
      ['samr-morocco', '2024-08-29'],
    ]);
    for (const [id, bound] of bounded) {
      const logged = dataset.tables.curation_log.filter((entry) => entry.agreement_id === id);
      expect(
        logged.some((entry) => entry.note.includes(`signed_no_later_than ${bound}`)),
        `${id}: curation log`,
      ).toBe(true);
    }
  });

  it('keeps adjacent rows with their adjacent scope', () => {
    const adjacent = agreements.filter((a) => a.scope !== 'standardisation');
    expect(adjacent.length).toBeGreaterThan(0);
    expect(new Set(adjacent.map((a) => a.scope)).size).toBeGreaterThanOrEqual(4);
  });

  it('holds the official tallies from 2016 to 2025, each sourced', () => {
    const tallies = dataset.tables.official_tallies;
    const years = tallies.map((t) => Number(t.as_of.slice(0, 4)));
    expect(Math.min(...years)).toBe(2016);
    expect(Math.max(...years)).toBe(2025);
    const endOf2023 = tallies.find((t) => t.series === 'cumulative' && t.as_of.startsWith('2023-12'));
    expect(endOf2023).toMatchObject({ documents: 108, partners: 65 });
    const october2025 = tallies.find((t) => t.series === 'cumulative' && t.as_of.startsWith('2025-10'));
    expect(october2025).toMatchObject({ documents: 126, partners: 72 });
    const sourced = new Set(
      dataset.tables.sources.filter((s) => s.subject_type === 'tally').map((s) => s.subject_id),
    );
    for (const tally of tallies) expect(sourced.has(tally.id), tally.id).toBe(true);
  });

  it('keeps the tracker’s Belt and Road marks: the BRI amount per partner-year, never above its total', () => {
    // Summed by hand from the February 2020 edition's deals marked BRI = 1: Pakistan 2015 is twelve deals
    // (USD 12,560 m); over all deals, USD 730,020 m. 574 of the 1,049 partner-years have a deal marked 1 or 0.
    const rows = dataset.tables.hard_connectivity;
    const stated = rows.filter((r) => r.bri_usd_m !== null);
    expect(stated).toHaveLength(574);
    for (const row of stated) expect(row.bri_usd_m, row.partner).toBeLessThanOrEqual(hardTotal(row));
    expect(stated.reduce((sum, r) => sum + (r.bri_usd_m ?? 0), 0)).toBe(730020);
    expect(rows.find((r) => r.partner === 'PAK' && r.year === 2015)?.bri_usd_m).toBe(12560);
  });
});
