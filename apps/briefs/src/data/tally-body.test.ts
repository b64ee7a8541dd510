import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
import { briefData } from './brief-data.js';
import { tallyListBody } from './tally-body.js';

describe("a release's tallies body", () => {
  let fixture: BriefTestData;
  beforeAll(async () => {
    fixture = await openBriefTestData();
  });
  afterAll(async () => {
    await fixture.dispose();
  });

  it('is computed once per language and series, and differs between them', () => {
    const cumulative = tallyListBody(fixture.data, 'zh', 'cumulative');
    expect(cumulative.items.length).toBeGreaterThan(0);
    expect(cumulative.items.every((item) => item.series === 'cumulative')).toBe(true);
    expect(tallyListBody(fixture.data, 'zh', 'cumulative')).toBe(cumulative);
    const all = tallyListBody(fixture.data, 'zh');
    expect(all).not.toBe(cumulative);
    expect(all.total).toBeGreaterThanOrEqual(cumulative.total);
    expect(tallyListBody(fixture.data, 'en', 'cumulative').lang).toBe('en');
  });

  it('is kept with the release’s arrays, whichever brief data object carries them', () => {
    const body = tallyListBody(fixture.data, 'fr', 'cumulative');
    // As the API builds one BriefData per request from its cached dataset.
    const same = briefData({
      release: fixture.data.release,
      dataset: fixture.data.dataset,
      agreements: fixture.data.agreements,
      tallies: fixture.data.tallies,
    });
    expect(tallyListBody(same, 'fr', 'cumulative')).toBe(body);
    // Assembled again: new arrays, computed again to an equal body.
    const again = briefData({ release: fixture.data.release, dataset: fixture.data.dataset });
    const recomputed = tallyListBody(again, 'fr', 'cumulative');
    expect(recomputed).not.toBe(body);
    expect(recomputed).toEqual(body);
  });
});
