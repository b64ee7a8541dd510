import { allCountries } from '../geo/countries.js';
import { areaName, REGION_CODES } from '../geo/regions.js';
import type { Lang } from '../i18n/lang.js';

/** A text and where it was found: `file#export.key[index]`. */
export type FoundText = readonly [path: string, text: string];

/** Modules by file, each with what it exports (as Vite's `import.meta.glob(…, { eager: true })` gives them). */
export type ModuleExports = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

const HAN = /\p{Script=Han}/u;

/** Where a language sits in a `[fr, zh]` pair of a table of data labels. */
const PAIR_INDEX: Readonly<Partial<Record<Lang, number>>> = { fr: 0, zh: 1 };

function walk(value: unknown, path: string, lang: Lang, inLang: boolean, seen: Set<unknown>): FoundText[] {
  if (typeof value === 'string') return inLang ? [[path, value]] : [];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) {
    const pair = value.length === 2 && typeof value[1] === 'string' && HAN.test(value[1]);
    return value.flatMap((item, i) =>
      walk(item, `${path}[${i}]`, lang, inLang || (pair && i === PAIR_INDEX[lang]), seen),
    );
  }
  return Object.entries(value).flatMap(([key, item]) =>
    walk(item, `${path}.${key}`, lang, inLang || key === lang, seen),
  );
}

/**
 * The texts in one language that modules export, each with its path: every string under a key named for the
 * language (a text in every language, `{ en, fr, zh }`, at any depth), and the French or the Chinese of a
 * `[fr, zh]` pair of a table of data labels. An object reached twice is walked once.
 */
export function textsOf(modules: ModuleExports, lang: Lang): FoundText[] {
  const seen = new Set<unknown>();
  return Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports).flatMap(([name, value]) => walk(value, `${file}#${name}`, lang, false, seen)),
  );
}

/** Every country's name and the regions' names in a language, each with its code. */
export function placeNamesOf(lang: Lang): FoundText[] {
  return [
    ...allCountries().map((country): FoundText => [country.alpha3, country.names[lang]]),
    ...REGION_CODES.map((code): FoundText => [code, areaName(code, lang)]),
  ];
}
