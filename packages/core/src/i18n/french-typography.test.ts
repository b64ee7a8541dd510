import { describe, expect, it } from 'vitest';
import { placeNamesOf, textsOf, type FoundText } from '../testing/texts-of.js';
import { coreModules } from './test-support/core-modules.js';

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

function defectsOf(texts: readonly FoundText[]): string[] {
  return texts.flatMap(([path, text]) =>
    DEFECTS.filter(([, pattern]) => pattern.test(text)).map(([defect]) => `${path}: ${defect}: ${text}`),
  );
}

describe('French typography of core’s texts', () => {
  const texts = textsOf(coreModules, 'fr');

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
    expect(defectsOf(placeNamesOf('fr'))).toEqual([]);
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
