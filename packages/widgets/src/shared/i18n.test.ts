import { agreementTypes } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { EXPECT } from './attributes.js';
import { LANGS, plural, t } from './i18n.js';
import { AGREEMENT_TYPES } from './vocabulary.js';

describe('i18n', () => {
  it('fills placeholders', () => {
    expect(t('en', 'release', { id: '1.0.0' })).toBe('Data release 1.0.0');
    expect(t('zh', 'showing', { range: '1～10', total: 93 })).toBe('第 1～10 项，共 93 项');
  });

  it('follows each language’s plural rules (French 0 and 1 are singular)', () => {
    expect(plural('en', 1, 'agreementsOne', 'agreementsOther', '1')).toBe('1 agreement');
    expect(plural('en', 0, 'agreementsOne', 'agreementsOther', '0')).toBe('0 agreements');
    expect(plural('fr', 0, 'agreementsOne', 'agreementsOther', '0')).toBe('0 accord');
    expect(plural('zh', 2, 'agreementsOne', 'agreementsOther', '2')).toBe('2 项协议');
  });

  it('has every attribute expectation in every language', () => {
    for (const texts of Object.values(EXPECT)) for (const lang of LANGS) expect(texts[lang]).not.toBe('');
  });

  it('labels agreement types exactly as the core vocabulary does', () => {
    expect(AGREEMENT_TYPES).toEqual(agreementTypes.labels);
  });
});
