import { dataLabel, hasDataLabel } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { loadRealData } from '../test-support/brief-test-data.js';

describe('the labels of the data’s own English texts', () => {
  it('labels every claimant and every unnamed institution of data/ in French and Chinese', async () => {
    const dataset = await loadRealData();
    const claimants = [...new Set(dataset.tables.official_tallies.map((tally) => tally.claimant))];
    const unnamed = dataset.tables.institutions
      .map((institution) => institution.name_en)
      .filter((name) => /\((?:not named in the source|collectively)\)$/.test(name));
    expect(claimants.length).toBeGreaterThan(5);
    expect(unnamed.length).toBeGreaterThan(10);
    for (const text of [...claimants, ...unnamed]) {
      expect(hasDataLabel(text), text).toBe(true);
      // The Chinese label holds no English word.
      expect(dataLabel(text, 'zh'), text).not.toMatch(/[a-z]{3,}/);
    }
  });
});
