import { describe, expect, it } from 'vitest';
import { allCountries } from '../geo/countries.js';
import { areaName } from '../geo/regions.js';

declare global {
  interface ImportMeta {
    /** Vite's module glob, which vitest resolves when it transforms this file. */
    glob(patterns: readonly string[], options: { eager: true }): Record<string, Record<string, unknown>>;
  }
}

/** Every module of core (tests and test fixtures aside), imported for what it exports. */
const modules = import.meta.glob(
  ['../**/*.ts', '!../**/*.test.ts', '!../**/test-support/**', '!../testing/**'],
  {
    eager: true,
  },
);

const HAN = /\p{Script=Han}/u;

/**
 * The French texts in a module's exports: a `fr` entry of a text in every language, and the first of a
 * `[fr, zh]` pair of a table of data labels.
 */
function frenchTexts(value: unknown, path: string, french: boolean, seen: Set<unknown>): [string, string][] {
  if (typeof value === 'string') return french ? [[path, value]] : [];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) {
    const pair = value.length === 2 && typeof value[1] === 'string' && HAN.test(value[1]);
    return value.flatMap((item, i) => frenchTexts(item, `${path}[${i}]`, french || (pair && i === 0), seen));
  }
  return Object.entries(value).flatMap(([key, item]) =>
    frenchTexts(item, `${path}.${key}`, french || key === 'fr', seen),
  );
}

/**
 * What French typography asks and a plain space or a typewriter sign breaks: a no-break space before ":" and
 * "»" and after "«", a narrow one before ";", "?" and "!" (as `frenchSpacing` writes them), the typographic
 * apostrophe and guillemets.
 */
const DEFECTS: readonly [string, RegExp][] = [
  ['plain space before : ; ? ! or »', / [:;?!»]/],
  ['plain space after «', /« /],
  ['wide no-break space before ; ? !', /\u00a0[;?!]/],
  ['no space before » or after «', /[^\s]»|«[^\s]/],
  ['straight apostrophe', /'/],
  ['straight quotation mark', /"/],
];

function defectsOf(texts: readonly [string, string][]): string[] {
  return texts.flatMap(([path, text]) =>
    DEFECTS.filter(([, pattern]) => pattern.test(text)).map(([defect]) => `${path}: ${defect}: ${text}`),
  );
}

describe('French typography of core’s texts', () => {
  const seen = new Set<unknown>();
  const texts = Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports).flatMap(([name, value]) => frenchTexts(value, `${file}#${name}`, false, seen)),
  );

  it('walks the catalogues, vocabularies and label tables', () => {
    const paths = texts.map(([path]) => path);
    for (const table of ['#INDICATORS', '#agreementTypes', '#DATA_LABELS', '#HARD_CAVEATS', '#nullReasons'])
      expect(
        paths.some((path) => path.includes(table)),
        table,
      ).toBe(true);
    expect(texts.length).toBeGreaterThan(400);
  });

  it('spaces its punctuation and writes its apostrophes as printed French does', () => {
    expect(defectsOf(texts)).toEqual([]);
  });

  it('holds for the country and region names too', () => {
    const names = [
      ...allCountries().map((country): [string, string] => [country.alpha3, country.names.fr]),
      ...['002', '019', '142', '150', '009', 'global'].map((code): [string, string] => [
        code,
        areaName(code, 'fr'),
      ]),
    ];
    expect(defectsOf(names)).toEqual([]);
  });

  it('finds each defect it names', () => {
    const bad: [string, string][] = [
      ['a', 'Numérateur : accords'],
      ['b', 'comme « mondiale»'],
      ['c', 'total\u00a0; par année'],
      ['d', "Protocole d'accord"],
      ['e', 'la série "cumulative"'],
    ];
    expect(defectsOf(bad).map((line) => line.split(':')[0])).toEqual(['a', 'b', 'b', 'c', 'd', 'e']);
  });
});
