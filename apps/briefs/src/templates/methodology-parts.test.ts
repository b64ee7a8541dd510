import { AGREEMENT_RULES, GROUP_RULES, INDICATORS, LANGS, PARTNER_RULES, getIndicator } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { COUNTING_RULES, methodologyParts, sharedRules } from './methodology-parts.js';

describe('methodology notes split into their own text and the shared counting rules', () => {
  it.each(LANGS)('gives back every indicator’s note, less the rules, in %s', (lang) => {
    const separator = lang === 'zh' ? '' : ' ';
    for (const indicator of INDICATORS) {
      const { own, rules } = methodologyParts(indicator, lang);
      expect(own, indicator.id).not.toBe('');
      // Written for a reader of the brief, not for a developer: no "undefined (null)".
      expect(own, indicator.id).not.toMatch(/\bnull\b|\bundefined\b/i);
      for (const rule of COUNTING_RULES) expect(own, indicator.id).not.toContain(rule[lang]);
      // Core writes a note as its own text, then the rules: nothing is lost or reordered by the split.
      expect([own, ...rules.map((rule) => rule[lang])].join(separator), indicator.id).toBe(
        indicator.methodology[lang],
      );
      expect(rules[0], indicator.id).toBe(AGREEMENT_RULES);
    }
  });

  it('states each rule the indicators of a brief follow once, in a fixed order', () => {
    const agreements = getIndicator('agreements');
    const partners = getIndicator('partners');
    expect(methodologyParts(agreements, 'en').rules).toEqual([AGREEMENT_RULES, GROUP_RULES]);
    expect(sharedRules([agreements, agreements], 'fr')).toEqual([AGREEMENT_RULES, GROUP_RULES]);
    expect(sharedRules([agreements, partners], 'zh')).toEqual([AGREEMENT_RULES, PARTNER_RULES, GROUP_RULES]);
    expect(sharedRules([], 'en')).toEqual([]);
  });
});
