import { describe, expect, it } from 'vitest';
import { bySignedDate, inScope, partnerIndex } from './partner-index.js';
import { sampleRelease } from './test-support/sample-release.js';

describe('partnerIndex', () => {
  it('lists each partner jurisdiction once, with its agreements oldest first and undated last', () => {
    const index = partnerIndex(sampleRelease().agreements);
    expect([...index.keys()].sort()).toEqual(['ARSO', 'DEU']);
    expect(index.get('DEU')?.agreements.map((agreement) => agreement.id)).toEqual([
      'sac-din-2006',
      'sac-din-2012',
    ]);
    expect(index.get('ARSO')?.jurisdiction).toMatchObject({ kind: 'organisation', region: '002' });
  });

  it('sorts by signature date, a coarser date before finer dates inside it, undated last, then by id', () => {
    const agreements = sampleRelease((tables) => {
      const [first, second, third] = tables.agreements;
      if (!first || !second || !third) throw new Error('the sample has three agreements');
      return {
        agreements: [{ ...first, signed_date: '2012-03-01' }, { ...second, signed_date: '2012' }, third],
      };
    }).agreements;
    expect([...agreements].sort(bySignedDate).map((agreement) => agreement.id)).toEqual([
      'sac-din-2012',
      'sac-din-2006',
      'sac-arso-2021',
    ]);
  });

  it('keeps agreements of adjacent scope only when asked', () => {
    const agreements = sampleRelease((tables) => {
      const [first, ...rest] = tables.agreements;
      if (!first) throw new Error('the sample has agreements');
      return { agreements: [{ ...first, scope: 'metrology' }, ...rest] };
    }).agreements;
    expect(inScope(agreements, false).map((agreement) => agreement.id)).toEqual([
      'sac-din-2012',
      'sac-arso-2021',
    ]);
    expect(inScope(agreements, true)).toHaveLength(3);
  });
});
