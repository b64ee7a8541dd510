import { describe, expect, it } from 'vitest';
import { formatValue } from './format-value.js';

describe('formatValue', () => {
  it('writes counts as integers', () => {
    expect(formatValue(1234, 'count', 'en')).toBe('1,234');
    expect(formatValue(1234, 'count', 'fr')).toBe('1\u202f234');
    expect(formatValue(108, 'count', 'zh')).toBe('108');
  });

  it('writes shares as percentages', () => {
    expect(formatValue(5 / 12, 'share', 'en')).toBe('41.7%');
    expect(formatValue(5 / 12, 'share', 'fr')).toBe('41,7\u00a0%');
    // One decimal at least, so that a column of shares never mixes "0%" or "50%" with "14.3%".
    expect(formatValue(0.5, 'share', 'zh')).toBe('50.0%');
    expect(formatValue(0, 'share', 'fr')).toBe('0,0\u00a0%');
    expect(formatValue(1, 'share', 'en')).toBe('100.0%');
  });

  it('writes indexes to 2–3 decimals and scores to 1–2', () => {
    expect(formatValue(1 / 3, 'index', 'en')).toBe('0.333');
    expect(formatValue(-0.2, 'index', 'fr')).toBe('\u22120,20');
    expect(formatValue(8 / 3, 'score', 'en')).toBe('2.67');
    expect(formatValue(4, 'score', 'en')).toBe('4.0');
  });

  it('writes a missing value as an em dash', () => {
    expect(formatValue(null, 'share', 'fr')).toBe('—');
  });
});
