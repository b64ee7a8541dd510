import isoCountries from 'i18n-iso-countries';
import { findCountry } from './countries.js';

/**
 * Names data sources use for countries that the ISO names and their usual variants do not cover, in
 * lower case. Explicit so that a reader of the code sees every mapping that is not an ISO name.
 */
const ALIASES: Readonly<Record<string, string>> = {
  britain: 'GBR',
  'great britain': 'GBR',
  uk: 'GBR',
  bosnia: 'BIH',
  brunei: 'BRN',
  'russian federation': 'RUS',
  russia: 'RUS',
  uae: 'ARE',
  usa: 'USA',
  us: 'USA',
  'trinidad-tobago': 'TTO',
  myanmar: 'MMR',
  burma: 'MMR',
  laos: 'LAO',
  congo: 'COG',
  'congo-brazzaville': 'COG',
  'republic of the congo': 'COG',
  drc: 'COD',
  'congo-kinshasa': 'COD',
  'democratic republic of the congo': 'COD',
  macedonia: 'MKD',
  'north macedonia': 'MKD',
  moldova: 'MDA',
  'sao tome': 'STP',
  syria: 'SYR',
  'south korea': 'KOR',
  'north korea': 'PRK',
  'ivory coast': 'CIV',
  "cote d'ivoire": 'CIV',
  'timor-leste': 'TLS',
  'east timor': 'TLS',
  vietnam: 'VNM',
  iran: 'IRN',
  taiwan: 'TWN',
  'cape verde': 'CPV',
  'czech republic': 'CZE',
};

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, ' ').replace(/[’`]/g, "'").toLowerCase();
}

/**
 * The ISO 3166-1 alpha-3 code of a country name as data sources write it ("Britain", "DRC", "Laos",
 * "Germany"), or undefined when it cannot be mapped. An alpha-3 code is accepted as is.
 */
export function countryCodeFromName(name: string): string | undefined {
  const trimmed = name.trim();
  if (/^[A-Z]{3}$/.test(trimmed) && findCountry(trimmed)) return trimmed;
  const alias = ALIASES[normalise(trimmed)];
  if (alias) return alias;
  const code = isoCountries.getAlpha3Code(trimmed, 'en');
  return code && findCountry(code) ? code : undefined;
}
