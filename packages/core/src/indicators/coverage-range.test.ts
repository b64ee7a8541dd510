import { describe, expect, it } from 'vitest';
import { assembleAgreements, type Agreement } from '../dataset/assemble.js';
import { sampleDataset } from '../testing/sample-dataset.js';
import { coverageRange, positionAgainst } from './coverage-range.js';

const base = assembleAgreements(sampleDataset());
const byId = (id: string): Agreement => {
  const agreement = base.find((a) => a.id === id);
  if (!agreement) throw new Error(`no ${id}`);
  return agreement;
};
const dated = (id: string, date: string | null): Agreement => {
  const agreement = byId(id);
  return { ...agreement, scope: 'standardisation', signed: { ...agreement.signed, date } };
};

describe('positionAgainst', () => {
  it('places a year-only record in the tally’s year neither before nor after a mid-year tally', () => {
    expect(positionAgainst('2023', '2023-06')).toBe('straddles');
    expect(positionAgainst('2023-06', '2023-06')).toBe('before');
    expect(positionAgainst('2023-06-30', '2023-06')).toBe('before');
    expect(positionAgainst('2023-07', '2023-06')).toBe('after');
    expect(positionAgainst('2022', '2023-06')).toBe('before');
    expect(positionAgainst('2025-10', '2025-10-14')).toBe('straddles');
    expect(positionAgainst('2023', '2023-12')).toBe('before');
  });
});

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
});
