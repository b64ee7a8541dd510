import { findCountry, HARD_CAVEATS, INDICATORS } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures.js';

/** The partners a response names, with the name it gives them: `{ partner, name }` anywhere in it. */
function namedPartners(value: unknown): [string, string][] {
  if (Array.isArray(value)) return value.flatMap(namedPartners);
  if (value === null || typeof value !== 'object') return [];
  const own: [string, string][] =
    'partner' in value &&
    'name' in value &&
    typeof value.partner === 'string' &&
    typeof value.name === 'string'
      ? [[value.partner, value.name]]
      : [];
  return [...own, ...Object.values(value).flatMap(namedPartners)];
}

describe('the test fixtures', () => {
  it('name the countries as core names them today, in French too (Arabie saoudite, États-Unis d’Amérique)', () => {
    const stale: string[] = [];
    for (const partner of fixtures.partners.items) {
      const country = findCountry(partner.code);
      if (country && partner.names.fr !== country.names.fr)
        stale.push(`partners ${partner.code}: ${partner.names.fr} ≠ ${country.names.fr}`);
    }
    const named = namedPartners(fixtures.softHardFr);
    expect(named.length).toBeGreaterThan(50);
    for (const [code, name] of named) {
      const country = findCountry(code);
      if (country && name !== country.names.fr)
        stale.push(`soft-hard-fr ${code}: ${name} ≠ ${country.names.fr}`);
    }
    expect(stale).toEqual([]);
  });

  it('carry core’s French texts as core writes them today', () => {
    expect(fixtures.softHardFr.caveats).toEqual(HARD_CAVEATS.map((caveat) => caveat.fr));
    for (const values of [fixtures.indicatorShareFr, fixtures.indicatorTypeFr]) {
      const indicator = INDICATORS.find((candidate) => candidate.id === values.indicator.id);
      expect(values.indicator.methodology, values.indicator.id).toBe(indicator?.methodology.fr);
      expect(values.indicator.definition, values.indicator.id).toBe(indicator?.definition.fr);
    }
  });
});
