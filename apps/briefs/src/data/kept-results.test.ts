import { DEFAULT_INDICATOR_FILTER, getIndicator, indicatorValues } from '@sco/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
import { briefData } from './brief-data.js';
import { indicatorValuesBody } from './indicator-body.js';
import { keptResult } from './kept-results.js';
import { readLinkOf } from './read-link.js';

describe('indicator results kept per release', () => {
  let fixture: BriefTestData;
  beforeAll(async () => {
    fixture = await openBriefTestData();
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  const filter = { ...DEFAULT_INDICATOR_FILTER, year_from: 2013 };

  it('computes an (indicator, filter, breakdown) once per release, whatever the brief data object', () => {
    const result = keptResult(fixture.data, 'agreements', filter, 'region');
    // Another BriefData of the same release (as the API builds one per request from its cached dataset).
    const other = briefData({
      release: fixture.data.release,
      dataset: fixture.data.dataset,
      agreements: fixture.data.agreements,
      tallies: fixture.data.tallies,
    });
    expect(keptResult(other, 'agreements', { ...filter }, 'region')).toBe(result);
    expect(keptResult(other, 'agreements', filter, 'year')).not.toBe(result);
    expect(keptResult(other, 'agreements', { ...filter, year_from: 2014 }, 'region')).not.toBe(result);
    expect(keptResult(other, 'partners', filter, 'region')).not.toBe(result);
    // The same release assembled again (new arrays) is computed again, to an equal result.
    const reassembled = briefData({ release: fixture.data.release, dataset: fixture.data.dataset });
    const recomputed = keptResult(reassembled, 'agreements', filter, 'region');
    expect(recomputed).not.toBe(result);
    expect(recomputed).toEqual(result);
  });

  it('presents a kept result in each language exactly as core computes and presents it', () => {
    for (const lang of ['en', 'fr', 'zh'] as const) {
      for (const [indicator, groupBy] of [
        ['agreements', 'year'],
        ['convergence_balance', 'region'],
        ['bri_share', null],
      ] as const) {
        const body = indicatorValuesBody(fixture.data, { indicator, filter, groupBy, lang });
        const direct = indicatorValues(
          { indicator: getIndicator(indicator), filter, groupBy, lang },
          fixture.data,
          readLinkOf(fixture.data.release.id),
        );
        expect(body).toEqual({ release: fixture.data.release, ...direct });
      }
    }
  });

  it('throws on a breakdown the indicator does not have, and keeps nothing for it', () => {
    expect(() => keptResult(fixture.data, 'agreements', filter, 'not-a-breakdown' as never)).toThrow();
    expect(() => keptResult(fixture.data, 'agreements', filter, 'not-a-breakdown' as never)).toThrow();
  });
});
