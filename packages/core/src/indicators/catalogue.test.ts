import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/lang.js';
import { findIndicator, getIndicator, INDICATORS } from './catalogue.js';
import { UnknownIndicatorError } from './indicator-errors.js';
import { INDICATOR_UNITS } from './indicator-unit.js';

const REQUIRED_IDS = [
  'agreements',
  'agreements_cumulative',
  'partners',
  'partners_cumulative',
  'bri_share',
  'mutual_recognition_share',
  'international_anchoring_share',
  'convergence_balance',
  'depth_score',
  'provision_prevalence',
  'hhi_regions',
  'hhi_partners',
  'hhi_sectors',
  'coverage',
  'renewals',
  'renewal_share',
];

describe('the indicator catalogue', () => {
  it('lists every required indicator once, with a snake_case id and a known unit', () => {
    const ids = INDICATORS.map((indicator) => indicator.id);
    expect(ids).toEqual(REQUIRED_IDS);
    for (const indicator of INDICATORS) {
      expect(indicator.id).toMatch(/^[a-z]+(?:_[a-z]+)*$/);
      expect(INDICATOR_UNITS).toContain(indicator.unit);
    }
  });

  it('gives a title, definition and methodology in every language, each its own translation', () => {
    for (const indicator of INDICATORS) {
      for (const text of [indicator.title, indicator.definition, indicator.methodology]) {
        for (const lang of LANGS) expect(text[lang].trim(), `${indicator.id} ${lang}`).not.toBe('');
        expect(new Set(LANGS.map((lang) => text[lang])).size, indicator.id).toBe(3);
        expect(text.zh, indicator.id).toMatch(/[\u4e00-\u9fff]/);
      }
    }
  });

  it('states the counting rules in every methodology note', () => {
    for (const indicator of INDICATORS) {
      expect(indicator.methodology.en).toContain('Each agreement counts once');
      expect(indicator.methodology.fr).toContain('Chaque accord compte une fois');
      expect(indicator.methodology.zh).toContain('每项协议只计一次');
    }
  });

  it('offers a default breakdown among the supported ones', () => {
    for (const indicator of INDICATORS) {
      if (indicator.default_group_by !== null)
        expect(indicator.group_bys).toContain(indicator.default_group_by);
    }
  });

  it('finds an indicator by id, and says when there is none', () => {
    expect(findIndicator('convergence_balance')?.unit).toBe('index');
    expect(findIndicator('nope')).toBeUndefined();
    expect(getIndicator('coverage').id).toBe('coverage');
    expect(() => getIndicator('nope')).toThrow(UnknownIndicatorError);
  });
});
