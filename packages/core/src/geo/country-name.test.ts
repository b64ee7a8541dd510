import { describe, expect, it } from 'vitest';
import { countryCodeFromName } from './country-name.js';

describe('countryCodeFromName', () => {
  it.each([
    ['Britain', 'GBR'],
    ['Bosnia', 'BIH'],
    ['Russian Federation', 'RUS'],
    ['UAE', 'ARE'],
    ['USA', 'USA'],
    ['Trinidad-Tobago', 'TTO'],
    ['Myanmar', 'MMR'],
    ['Laos', 'LAO'],
    ['Congo', 'COG'],
    ['DRC', 'COD'],
    ['  germany ', 'DEU'],
    ['Kazakhstan', 'KAZ'],
    ['DEU', 'DEU'],
  ])('maps %s to %s', (name, code) => {
    expect(countryCodeFromName(name)).toBe(code);
  });

  it('leaves unknown names unmapped', () => {
    expect(countryCodeFromName('Atlantis')).toBeUndefined();
    expect(countryCodeFromName('ZZZ')).toBeUndefined();
  });
});
