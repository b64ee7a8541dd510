import { describe, expect, it } from 'vitest';
import { getIndicator } from '../indicators/catalogue.js';
import { DEFAULT_INDICATOR_FILTER } from '../indicators/indicator-filter.js';
import { indicatorValues } from './indicator-values.js';
import { presentCell, presentValue, presentValues } from './present-indicator.js';
import { recordingLink, sampleRelease } from './test-support/sample-release.js';

describe('indicatorValues', () => {
  const data = sampleRelease();
  const values = (id: string, groupBy: 'year' | null, lang: 'en' | 'fr' | 'zh' = 'en') =>
    indicatorValues(
      { indicator: getIndicator(id), filter: DEFAULT_INDICATOR_FILTER, groupBy, lang },
      data,
      recordingLink,
    );

  it('presents the total and each group in the language, with the breakdown named', () => {
    const body = values('agreements', 'year', 'fr');
    expect(body.lang).toBe('fr');
    expect(body.indicator).toMatchObject({ id: 'agreements', unit: 'count' });
    expect(body.indicator.title).toBe(getIndicator('agreements').title.fr);
    expect(body.group_by).toEqual({ id: 'year', label: expect.any(String) });
    expect(body.total.values.all).toMatchObject({ value: 3, n: 3, formatted: '3' });
    expect(body.total.range).toBe('1\u00a0à 3');
    const groups = body.groups.map((group) => [group.key, group.values.all.value]);
    // Every year from the first to the last signature, then the undated ones.
    expect(groups).toHaveLength(8);
    expect(groups.filter(([, value]) => value !== 0)).toEqual([
      ['2006', 1],
      ['2012', 1],
      ['undated', 1],
    ]);
    expect(body.groups[1]).toMatchObject({ key: '2007', label: '2007', range: '0' });
    expect(body.tally).toBeNull();
    expect(values('agreements', null).groups).toEqual([]);
  });

  it('names the official tally it compares with, linked through the caller', () => {
    const body = values('coverage', null, 'zh');
    expect(body.tally).toMatchObject({
      id: 'tally-2023-12-cumulative',
      series: 'cumulative',
      documents: 108,
      href: '/v1/tallies series=cumulative lang=zh',
    });
  });

  it('throws for a breakdown the indicator does not support: the caller checks it first', () => {
    expect(() => values('coverage', 'year')).toThrow(/cannot be grouped by "year"/);
  });
});

describe('presentValue', () => {
  it('leaves out a numerator it does not have and explains a null in the language', () => {
    expect(presentValue({ value: null, null_reason: 'no_tally', n: 0 }, 'share', 'fr')).toEqual({
      value: null,
      null_reason: 'no_tally',
      null_reason_label: 'Aucun décompte officiel cumulatif indiquant un nombre de documents',
      n: 0,
      formatted: '—',
    });
    expect(
      presentValue({ value: 0.5, null_reason: null, n: 4, numerator: 2, denominator: 4 }, 'share', 'en'),
    ).toEqual({
      value: 0.5,
      null_reason: null,
      null_reason_label: null,
      n: 4,
      numerator: 2,
      denominator: 4,
      formatted: '50.0%',
    });
  });
});

describe('presentValues', () => {
  it('writes the three bases with the decimals the most precise one needs, as their range does', () => {
    const value = (v: number | null) => ({
      value: v,
      null_reason: v === null ? ('empty_denominator' as const) : null,
      n: 3,
    });
    const shares = presentValues(
      { verified: value(0.154), verified_single: value(0.224), all: value(0.31) },
      'share',
      'en',
    );
    expect([shares.verified.formatted, shares.verified_single.formatted, shares.all.formatted]).toEqual([
      '15.4%',
      '22.4%',
      '31.0%',
    ]);
    const whole = presentValues(
      { verified: value(0.25), verified_single: value(null), all: value(0.5) },
      'share',
      'en',
    );
    expect([whole.verified.formatted, whole.verified_single.formatted, whole.all.formatted]).toEqual([
      '25.0%',
      '—',
      '50.0%',
    ]);
  });

  it('writes a cell’s range in the decimals of its values, so a card and a table row print them alike', () => {
    const value = (v: number) => ({ value: v, null_reason: null, n: 3 });
    const cell = (a: number, b: number, c: number) => ({
      values: { verified: value(a), verified_single: value(b), all: value(c) },
      parts: [],
    });
    // The range's ends alone would need two decimals ("0.50–0.80"); the value between them needs three.
    const index = presentCell(cell(0.5, 0.724, 0.8), 'index', 'en');
    expect([index.values.verified.formatted, index.values.all.formatted, index.range]).toEqual([
      '0.500',
      '0.800',
      '0.500–0.800',
    ]);
    // A share of 0 is "0,0 %" in the range as in the values (it was "0 %" beside a table's "0,0 %").
    for (const [lang, zero] of [
      ['en', '0.0%'],
      ['fr', '0,0\u00a0%'],
      ['zh', '0.0%'],
    ] as const) {
      const shares = presentCell(cell(0, 0, 0), 'share', lang);
      expect([shares.values.verified.formatted, shares.values.all.formatted, shares.range], lang).toEqual([
        zero,
        zero,
        zero,
      ]);
    }
  });
});
