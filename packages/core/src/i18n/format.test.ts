import { describe, expect, it } from 'vitest';
import { intlDifferences } from '../testing/intl-differences.js';
import {
  formatDateStyle,
  formatInstant,
  formatNumber,
  formatNumberRange,
  sharedFractionDigits,
  spaceCjk,
} from './format.js';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('formatNumber', () => {
  it('writes counts with each language’s group separator', () => {
    expect(formatNumber(1234, 'en')).toBe('1,234');
    expect(formatNumber(1234, 'fr')).toBe(`1${NNBSP}234`);
    expect(formatNumber(1234, 'zh')).toBe('1,234');
  });

  it('writes a true minus (U+2212), never a hyphen, and no minus on a zero', () => {
    expect(formatNumber(-0.6, 'en', { minFractionDigits: 2, maxFractionDigits: 2 })).toBe('\u22120.60');
    expect(formatNumber(-0.6, 'fr', { minFractionDigits: 2, maxFractionDigits: 2 })).toBe('\u22120,60');
    expect(formatNumber(-0.6, 'zh', { minFractionDigits: 2, maxFractionDigits: 2 })).toBe('\u22120.60');
    expect(formatNumber(-0.001, 'en', { maxFractionDigits: 2 })).toBe('0');
    expect(formatNumber(-0, 'fr')).toBe('0');
  });

  it('writes shares as percentages in each language’s way', () => {
    expect(formatNumber(0.25, 'en', { percent: true })).toBe('25%');
    expect(formatNumber(0.25, 'fr', { percent: true })).toBe(`25${NBSP}%`);
    expect(formatNumber(0.125, 'zh', { percent: true })).toBe('12.5%');
  });
});

describe('formatNumber of a change', () => {
  it('writes the sign either way, with a true minus, and zero without one', () => {
    expect(formatNumber(3, 'en', { signed: true })).toBe('+3');
    expect(formatNumber(-2, 'fr', { signed: true })).toBe('\u22122');
    expect(formatNumber(0, 'zh', { signed: true })).toBe('0');
    expect(formatNumber(1234, 'fr', { signed: true })).toBe(`+1${NNBSP}234`);
    expect(formatNumberRange(1, 3, 'en', { signed: true })).toBe('+1 to +3');
  });
});

describe('formatNumberRange', () => {
  it('joins the ends as each language does', () => {
    expect(formatNumberRange(42, 93, 'en')).toBe('42\u201393');
    expect(formatNumberRange(42, 93, 'fr')).toBe(`42${NBSP}à 93`);
    expect(formatNumberRange(42, 93, 'zh')).toBe('42\uff5e93');
  });

  it('writes a negative end with a true minus and a word, not a dash, in English', () => {
    const two = { minFractionDigits: 2, maxFractionDigits: 2 };
    expect(formatNumberRange(-0.6, 0, 'en', two)).toBe('\u22120.60 to 0.00');
    expect(formatNumberRange(-0.6, 0, 'fr', two)).toBe(`\u22120,60${NBSP}à 0,00`);
    expect(formatNumberRange(-0.6, 0, 'zh', two)).toBe('\u22120.60\uff5e0.00');
  });

  it('puts the ends in order and is one number when they read the same', () => {
    expect(formatNumberRange(93, 42, 'en')).toBe('42\u201393');
    expect(formatNumberRange(0.4166, 0.4167, 'fr', { percent: true })).toBe(`41,7${NBSP}%`);
  });

  it('never contains an ASCII hyphen', () => {
    for (const lang of ['en', 'fr', 'zh'] as const) {
      expect(formatNumberRange(-3, -1, lang)).not.toContain('-');
    }
  });
});

describe('sharedFractionDigits', () => {
  it('gives the decimals the most precise value of a column needs, at most the maximum', () => {
    expect(sharedFractionDigits([1, 2.5, 0.25], 3)).toBe(2);
    expect(sharedFractionDigits([1, 2, 3], 2)).toBe(0);
    expect(sharedFractionDigits([1 / 3], 2)).toBe(2);
    expect(sharedFractionDigits([0.125, 0.5], 1, true)).toBe(1);
    expect(sharedFractionDigits([0.2, 0.5], 1, true)).toBe(0);
  });

  it('makes a column read alike', () => {
    const digits = sharedFractionDigits([0.5, 0.25, 1], 2);
    const style = { minFractionDigits: digits, maxFractionDigits: digits };
    expect([0.5, 0.25, 1].map((value) => formatNumber(value, 'fr', style))).toEqual(['0,50', '0,25', '1,00']);
  });
});

describe('formatDateStyle', () => {
  it('keeps a partial date at its precision in the long style', () => {
    expect(formatDateStyle('2017-05-14', 'en')).toBe('14 May 2017');
    expect(formatDateStyle('2017-05', 'fr')).toBe('mai 2017');
    expect(formatDateStyle('2017-05-14', 'zh')).toBe('2017 年 5 月 14 日');
    expect(formatDateStyle('2017', 'zh')).toBe('2017 年');
  });

  it('spaces a Chinese date by the one rule between Han and digits, and no other language', () => {
    for (const date of ['1979', '2017-05', '2017-12-31', '2025-07-08']) {
      const zh = formatDateStyle(date, 'zh') ?? '';
      expect(zh).toMatch(/^\d{4} 年/);
      expect(spaceCjk(zh), date).toBe(zh);
      expect(spaceCjk(zh.replace(/ /g, '')), date).toBe(zh);
      expect(formatDateStyle(date, 'fr'), date).toBe(spaceCjk(formatDateStyle(date, 'fr') ?? ''));
    }
    expect(formatInstant('2026-11-28T12:00:00Z', 'zh')).toBe('2026 年 11 月 28 日');
    expect(formatInstant('2026-11-28T12:00:00Z', 'en')).toBe('28 November 2026');
  });

  it('writes the numeric style of a table alike in every language', () => {
    expect(formatDateStyle('2017-05', 'zh', 'numeric')).toBe('2017-05');
    expect(formatInstant(new Date(Date.UTC(2026, 0, 2)), 'fr', 'numeric')).toBe('2026-01-02');
    expect(formatInstant('2026-01-02T10:00:00Z', 'fr')).toBe('2 janvier 2026');
  });

  it('gives null for an undated or malformed value', () => {
    expect(formatDateStyle(null, 'en')).toBeNull();
    expect(formatDateStyle('May 2017', 'en')).toBeNull();
  });
});

describe('spaceCjk', () => {
  it('puts one space between Han characters and Latin letters or digits', () => {
    expect(spaceCjk('共93项协定')).toBe('共 93 项协定');
    expect(spaceCjk('采用ISO标准')).toBe('采用 ISO 标准');
  });

  it('adds none where a space or full-width punctuation is already there', () => {
    expect(spaceCjk('共 93 项')).toBe('共 93 项');
    expect(spaceCjk('（ISO）标准')).toBe('（ISO） 标准'.replace('） ', '）'));
  });
});

describe('the formatter without Intl', () => {
  it('writes every number and date as this runtime’s Intl writes it', () => {
    expect(intlDifferences().slice(0, 20)).toEqual([]);
  }, 60_000);
});
