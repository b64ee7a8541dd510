import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBriefTestData, type BriefTestData } from '../test-support/brief-test-data.js';
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
});
