import { describe, expect, it } from 'vitest';
import { assembleAgreements, type Agreement } from '../dataset/assemble.js';
import { sampleDataset } from '../testing/sample-dataset.js';
import { tallyCoverageRows } from './tally-coverage-rows.js';

const base = assembleAgreements(sampleDataset());
const dated = (id: string, date: string): Agreement => {
  const agreement = base.find((a) => a.id === id);
  if (!agreement) throw new Error(`no ${id}`);
  return { ...agreement, scope: 'standardisation', signed_date: date, signed: { ...agreement.signed, date } };
};

// sac-din-2006 is verified (DEU), sac-din-2012 single-source (DEU), sac-arso-2021 unverified (ARSO).
const agreements = [
  dated('sac-din-2006', '2006-04-10'),
  dated('sac-din-2012', '2023'),
  dated('sac-arso-2021', '2023'),
];
const tally = (as_of: string, series: string, documents: number | null) => ({ as_of, series, documents });

describe('tallyCoverageRows', () => {
  it('keeps the cumulative tallies with a document count, oldest first, with bounds at each basis', () => {
    const rows = tallyCoverageRows(
      [
        tally('2023-06', 'cumulative', 107),
        tally('2023', 'annual', 20),
        tally('2019-09', 'cumulative', 92),
        tally('2024', 'cumulative', null),
      ],
      agreements,
    );
    expect(rows.map((row) => row.tally.as_of)).toEqual(['2019-09', '2023-06']);
    // 2019-09: only DEU 2006 is before it (the two "2023" records are after), at every basis.
    for (const basis of ['verified', 'verified_single', 'all'] as const)
      expect(rows[0]?.bounds[basis]).toEqual({
        documents: { lower: 1, upper: 1 },
        partners: { lower: 1, upper: 1 },
        undated: 0,
      });
    // 2023-06: both "2023" records straddle it. Verified: DEU 2006 alone. + single source: DEU 2012 may
    // count (1–2 documents, DEU either way). All: ARSO too (1–3 documents, 1–2 partners).
    expect(rows[1]?.bounds.verified.documents).toEqual({ lower: 1, upper: 1 });
    expect(rows[1]?.bounds.verified_single.documents).toEqual({ lower: 1, upper: 2 });
    expect(rows[1]?.bounds.verified_single.partners).toEqual({ lower: 1, upper: 1 });
    expect(rows[1]?.bounds.all.documents).toEqual({ lower: 1, upper: 3 });
    expect(rows[1]?.bounds.all.partners).toEqual({ lower: 1, upper: 2 });
    expect(rows.every((row) => row.change === null)).toBe(true);
  });

  it('gives the change of each bound since an earlier release', () => {
    // The earlier release had DEU 2006 only.
    const [row] = tallyCoverageRows(
      [tally('2023-06', 'cumulative', 107)],
      agreements,
      agreements.slice(0, 1),
    );
    expect(row?.change?.verified).toEqual({
      documents: { lower: 0, upper: 0 },
      partners: { lower: 0, upper: 0 },
      undated: 0,
    });
    expect(row?.change?.all).toEqual({
      documents: { lower: 0, upper: 2 },
      partners: { lower: 0, upper: 1 },
      undated: 0,
    });
  });
});
