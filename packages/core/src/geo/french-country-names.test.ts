import { describe, expect, it } from 'vitest';
import { allCountries, findCountry } from './countries.js';

describe('the French names of countries', () => {
  it('write adjectives without a capital and the typographic apostrophe', () => {
    expect(findCountry('SAU')?.names.fr).toBe('Arabie saoudite');
    expect(findCountry('ARE')?.names.fr).toBe('Émirats arabes unis');
    expect(findCountry('CZE')?.names.fr).toBe('République tchèque');
    expect(findCountry('USA')?.names.fr).toBe('États-Unis d’Amérique');
    expect(findCountry('CIV')?.names.fr).toBe('Côte d’Ivoire');
    // The other languages keep ISO's names.
    expect(findCountry('SAU')?.names.en).toBe('Saudi Arabia');
  });

  it('hold no ASCII apostrophe and no capital after “République”', () => {
    for (const country of allCountries()) {
      expect(country.names.fr, country.alpha3).not.toContain("'");
      expect(country.names.fr, country.alpha3).not.toMatch(/^République \p{Lu}/u);
    }
  });
});
