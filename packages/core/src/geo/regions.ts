import type { Lang } from '../i18n/lang.js';

/** The five UN M49 regions, plus `global` for organisations that belong to no region. */
export const REGION_CODES = ['002', '019', '142', '150', '009', 'global'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

const GLOBAL_NAMES: Readonly<Record<Lang, string>> = { en: 'Global', fr: 'Mondial', zh: '全球' };

const displayNames = new Map<Lang, Intl.DisplayNames>();

/**
 * Names of UN M49 areas (regions and sub-regions) in a language, from the CLDR data built into `Intl`,
 * which follows the UN M49 names.
 */
export function areaName(code: string, lang: Lang): string {
  if (code === 'global') return GLOBAL_NAMES[lang];
  let names = displayNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    displayNames.set(lang, names);
  }
  return names.of(code) ?? code;
}

export function isRegionCode(value: string): value is RegionCode {
  return (REGION_CODES as readonly string[]).includes(value);
}
