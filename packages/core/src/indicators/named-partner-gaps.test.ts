import { describe, expect, it } from 'vitest';
import { namedPartnerGaps } from './named-partner-gaps.js';
import { ARSO, BRA, DEU, KEN, SGP, agreement } from './test-support/fixtures.js';

describe('namedPartnerGaps', () => {
  it('lists the named partners without a standardisation record, with the claims naming them', () => {
    const agreements = [
      agreement({ id: 'a', partners: [DEU] }),
      // Kenya only through metrology: still a gap, with one adjacent record.
      agreement({ id: 'b', scope: 'metrology', partners: [KEN] }),
      // An undated, unverified record still counts as a record.
      agreement({ id: 'c', date: null, verification: 'unverified', partners: [ARSO] }),
    ];
    const gaps = namedPartnerGaps(
      [
        { id: 'tally-1', partners_named: ['SGP', 'DEU', 'KEN'] },
        { id: 'tally-2', partners_named: ['KEN', 'ARSO', 'BRA'] },
      ],
      agreements,
    );
    // By hand: DEU and ARSO have records; SGP (tally-1), KEN (both), BRA (tally-2) have none.
    expect(gaps).toEqual([
      { code: BRA.code, tallies: ['tally-2'], adjacent: 0 },
      { code: KEN.code, tallies: ['tally-1', 'tally-2'], adjacent: 1 },
      { code: SGP.code, tallies: ['tally-1'], adjacent: 0 },
    ]);
  });

  it('is empty when no claim names a partner', () => {
    expect(namedPartnerGaps([{ id: 't', partners_named: [] }], [agreement({ id: 'a' })])).toEqual([]);
  });
});
