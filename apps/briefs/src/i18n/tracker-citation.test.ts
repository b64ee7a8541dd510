import { describe, expect, it } from 'vitest';
import { trackerCitation } from './tracker-citation.js';

const CITATION =
  'China Global Investment Tracker, American Enterprise Institute and The Heritage Foundation, edition February 2020';

describe('the tracker citation in the brief language', () => {
  it('translates the connective and the edition, keeping the names', () => {
    expect(trackerCitation(CITATION, 'en')).toBe(
      'China Global Investment Tracker, American Enterprise Institute and The Heritage Foundation, February 2020 edition',
    );
    expect(trackerCitation(CITATION, 'fr')).toBe(
      'China Global Investment Tracker, American Enterprise Institute et The Heritage Foundation, édition de février 2020',
    );
    expect(trackerCitation(CITATION, 'zh')).toBe(
      'China Global Investment Tracker，American Enterprise Institute 和 The Heritage Foundation，2020 年 2 月版',
    );
  });

  it('prints a citation of another shape as given', () => {
    expect(trackerCitation('AidData 3.0', 'fr')).toBe('AidData 3.0');
  });
});
