import { DEFAULT_INDICATOR_FILTER, type IndicatorResult } from '@sco/core';
import { indicatorMemoKey, keepMemo } from '@sco/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
import { briefData, loadBriefData } from './brief-data.js';
import { keptResult, keptTallyCoverage } from './kept-results.js';

describe('figures the API kept, taken by a brief', () => {
  let fixture: BriefTestData;
  beforeAll(async () => {
    fixture = await openBriefTestData();
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  /** A result as the API would keep it, but marked so that a test can tell it from one computed here. */
  const marked = (result: IndicatorResult): IndicatorResult => ({
    ...result,
    total: {
      ...result.total,
      values: { ...result.total.values, all: { ...result.total.values.all, n: -7 } },
    },
  });

  it('are taken for the generation they were kept by, and only for it', async () => {
    const release = fixture.data.release.id;
    const filter = DEFAULT_INDICATOR_FILTER;
    const tally = fixture.data.tallies.find((t) => t.series === 'cumulative' && t.documents !== null);
    if (!tally) throw new Error('the real data has no cumulative tally with a document count');
    // Computed over a fresh assembly of the release (not the arrays the loads below keep results with).
    const fresh = briefData({ release: fixture.data.release, dataset: fixture.data.dataset });
    const byYear = marked(keptResult(fresh, 'agreements', filter, 'year'));
    const coverage = marked(keptTallyCoverage(fresh, tally, filter));
    await keepMemo(fixture.db.db, release, 'build-a', indicatorMemoKey('agreements', filter, 'year'), byYear);
    await keepMemo(
      fixture.db.db,
      release,
      'build-a',
      indicatorMemoKey('coverage', filter, null, tally.id),
      coverage,
    );

    const taken = await loadBriefData(fixture.db.db, release, { generation: 'build-a' });
    expect(keptResult(taken, 'agreements', filter, 'year')).toEqual(byYear);
    expect(keptTallyCoverage(taken, tally, filter)).toEqual(coverage);
    // What was not kept is computed as before.
    expect(keptResult(taken, 'agreements', filter, 'type').total.values.all.n).toBeGreaterThan(0);

    for (const generation of ['build-b', null]) {
      const computed = await loadBriefData(fixture.db.db, release, { generation });
      expect(keptResult(computed, 'agreements', filter, 'year').total.values.all.n).toBeGreaterThan(0);
      expect(keptTallyCoverage(computed, tally, filter).total.values.all.n).toBeGreaterThan(0);
    }
  });
});
