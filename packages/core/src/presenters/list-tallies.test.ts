import { describe, expect, it } from 'vitest';
import { listTallies } from './list-tallies.js';
import { sampleRelease } from './test-support/sample-release.js';

describe('listTallies', () => {
  it('presents a cumulative tally with its sources and the coverage the dataset documents', () => {
    const [tally, ...others] = listTallies(sampleRelease(), { lang: 'en' });
    expect(others).toEqual([]);
    expect(tally).toMatchObject({
      id: 'tally-2023-12-cumulative',
      as_of: '2023-12',
      as_of_precision: 'month',
      series: 'cumulative',
      documents: 108,
      partners: 65,
      qualifier: 'exact',
      claimant: 'SAMR',
      verification: 'single_source',
      mirror_only: false,
      as_reported_by: null,
      attribution: null,
    });
    expect(tally?.sources).toEqual([
      {
        id: 'tally-src',
        url: 'https://example.org/tally',
        publisher: 'IFRI',
        publisher_label: 'IFRI',
        kind: 'media',
        kind_label: expect.any(String),
        accessed: '2026-11-28',
        quote: '108 agreements with 65 partners',
      },
    ]);
    // Signed by 2023-12: 2006 (verified) and 2012 (single source); the ARSO MoU is undated.
    expect(tally?.coverage?.agreements).toEqual({ verified: 1, verified_single: 2, all: 2 });
    expect(tally?.coverage?.undated).toEqual({ verified: 0, verified_single: 0, all: 1 });
    expect(tally?.coverage?.later).toEqual({ verified: 0, verified_single: 0, all: 0 });
    expect(tally?.coverage?.share.all).toMatchObject({ numerator: 2, denominator: 108, formatted: '1.9%' });
    expect(tally?.coverage?.share_range).toBe('0.9%–1.9%');
    // One distinct partner (Germany) of the 65 claimed.
    expect(tally?.coverage?.partner_share.all).toMatchObject({ numerator: 1, denominator: 65 });
    // Both dated records are surely before 2023-12 (no straddling): bounds equal, the ARSO MoU unplaced.
    expect(tally?.coverage?.bounds).toEqual({
      verified: { documents: { lower: 1, upper: 1 }, partners: { lower: 1, upper: 1 }, undated: 0 },
      verified_single: { documents: { lower: 2, upper: 2 }, partners: { lower: 1, upper: 1 }, undated: 0 },
      all: { documents: { lower: 2, upper: 2 }, partners: { lower: 1, upper: 1 }, undated: 1 },
    });
  });

  it('places an undated agreement by its terminus ante quem', () => {
    const data = sampleRelease((tables) => ({
      ...tables,
      agreements: tables.agreements.map((agreement) =>
        agreement.id === 'sac-arso-2021' ? { ...agreement, signed_no_later_than: '2021-06-16' } : agreement,
      ),
    }));
    const [tally] = listTallies(data, { lang: 'en' });
    // The unverified ARSO MoU (partner ARSO), bounded by 2021-06-16, is now surely before 2023-12.
    expect(tally?.coverage?.agreements.all).toBe(3);
    expect(tally?.coverage?.undated.all).toBe(0);
    expect(tally?.coverage?.bounds.all).toEqual({
      documents: { lower: 3, upper: 3 },
      partners: { lower: 2, upper: 2 },
      undated: 0,
    });
    expect(tally?.coverage?.bounds.verified_single.documents).toEqual({ lower: 2, upper: 2 });
  });

  it('attributes a tally known only from mirrors to them, in the language', () => {
    const data = sampleRelease((tables) => ({
      sources: tables.sources.map((source) =>
        source.subject_type === 'tally' ? { ...source, kind: 'mirror' as const } : source,
      ),
    }));
    expect(listTallies(data, { lang: 'en' })[0]).toMatchObject({
      mirror_only: true,
      as_reported_by: ['IFRI'],
      attribution: 'As reported by IFRI',
    });
    expect(listTallies(data, { lang: 'fr' })[0]?.attribution).toBe('Selon IFRI');
    expect(listTallies(data, { lang: 'zh' })[0]?.attribution).toBe('据 IFRI 报道');
  });

  it('keeps the tallies of one series, and gives no coverage to the others', () => {
    const data = sampleRelease((tables) => {
      const [cumulative] = tables.official_tallies;
      if (!cumulative) throw new Error('the sample has a tally');
      const flow = { ...cumulative, id: 'tally-2024-flow', as_of: '2024', series: 'flow' as const };
      return { official_tallies: [flow, cumulative] };
    });
    expect(listTallies(data, { lang: 'en' }).map((tally) => tally.id)).toEqual([
      'tally-2023-12-cumulative',
      'tally-2024-flow',
    ]);
    const flow = listTallies(data, { lang: 'en', series: 'flow' });
    expect(flow.map((tally) => [tally.id, tally.coverage])).toEqual([['tally-2024-flow', null]]);
  });
});
