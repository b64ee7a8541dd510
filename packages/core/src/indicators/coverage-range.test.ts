import { describe, expect, it } from 'vitest';
import { assembleAgreements, type Agreement } from '../dataset/assemble.js';
import { sampleDataset } from '../testing/sample-dataset.js';
import { coverageRange } from './coverage-range.js';

const base = assembleAgreements(sampleDataset());
const byId = (id: string): Agreement => {
  const agreement = base.find((a) => a.id === id);
  if (!agreement) throw new Error(`no ${id}`);
  return agreement;
};
const dated = (id: string, date: string | null, noLaterThan: string | null = null): Agreement => {
  const agreement = byId(id);
  return {
    ...agreement,
    scope: 'standardisation',
    signed_date: date,
    signed_no_later_than: noLaterThan,
    signed: { ...agreement.signed, date },
  };
};

describe('coverageRange', () => {
  it('counts documents and partners as lower and upper bounds', () => {
    // DEU 2006 surely before; DEU "2023" straddles 2023-06; ARSO "2023" straddles too.
    const agreements = [
      dated('sac-din-2006', '2006-04-10'),
      dated('sac-din-2012', '2023'),
      dated('sac-arso-2021', '2023'),
    ];
    expect(coverageRange(agreements, '2023-06')).toEqual({
      documents: { lower: 1, upper: 3 },
      partners: { lower: 1, upper: 2 },
      undated: 0,
    });
    // At end-2023 all three are surely before: 3 documents, 2 partners (DEU once).
    expect(coverageRange(agreements, '2023-12')).toEqual({
      documents: { lower: 3, upper: 3 },
      partners: { lower: 2, upper: 2 },
      undated: 0,
    });
  });

  it('leaves undated and adjacent records out of both bounds', () => {
    const adjacent = { ...dated('sac-arso-2021', '2010'), scope: 'metrology' as const };
    expect(coverageRange([dated('sac-din-2006', null), adjacent], '2023-12')).toEqual({
      documents: { lower: 0, upper: 0 },
      partners: { lower: 0, upper: 0 },
      undated: 1,
    });
  });

  it('places records by their bound: undated ones in both bounds, straddling ones in the lower', () => {
    // Against 2023-06: DEU 2006 is surely before; DEU "2023" bounded by 2023-05-10 is surely before too;
    // ARSO undated, bounded by 2023-02-04, is surely before; ARSO "2023" without a bound straddles; ARSO
    // undated with a bound of 2024-08-29 cannot be placed.
    const agreements = [
      dated('sac-din-2006', '2006-04-10'),
      dated('sac-din-2012', '2023', '2023-05-10'),
      dated('sac-arso-2021', null, '2023-02-04'),
      dated('sac-arso-2021', '2023'),
      dated('sac-arso-2021', null, '2024-08-29'),
    ];
    // lower: 3 documents (DEU, DEU, ARSO) = 2 partners; upper: + ARSO "2023" = 4 documents, 2 partners.
    expect(coverageRange(agreements, '2023-06')).toEqual({
      documents: { lower: 3, upper: 4 },
      partners: { lower: 2, upper: 2 },
      undated: 1,
    });
    // Against 2019-09 the two "2023" records are after; both undated records have bounds later than
    // 2019-09 (2023-02-04, 2024-08-29), so neither is placed: 1 document (DEU 2006), 1 partner, 2 undated.
    expect(coverageRange(agreements, '2019-09')).toEqual({
      documents: { lower: 1, upper: 1 },
      partners: { lower: 1, upper: 1 },
      undated: 2,
    });
  });
});
