import { describe, expect, it } from 'vitest';
import { allCountries } from '../geo/countries.js';
import { areaName } from '../geo/regions.js';
import { chinesePunctuationDefects } from '../testing/chinese-punctuation.js';

declare global {
  interface ImportMeta {
    /** Vite's module glob, which vitest resolves when it transforms this file. */
    glob(patterns: readonly string[], options: { eager: true }): Record<string, Record<string, unknown>>;
  }
}

/** Every module of core (tests and test fixtures aside), imported for what it exports. */
const modules = import.meta.glob(
  ['../**/*.ts', '!../**/*.test.ts', '!../**/test-support/**', '!../testing/**'],
  { eager: true },
);

const HAN = /\p{Script=Han}/u;

/**
 * The Chinese texts in a module's exports: a `zh` entry of a text in every language, and the second of a
 * `[fr, zh]` pair of a table of data labels.
 */
function chineseTexts(
  value: unknown,
  path: string,
  chinese: boolean,
  seen: Set<unknown>,
): [string, string][] {
  if (typeof value === 'string') return chinese ? [[path, value]] : [];
  if (value === null || typeof value !== 'object' || seen.has(value)) return [];
  seen.add(value);
  if (Array.isArray(value)) {
    const pair = value.length === 2 && typeof value[1] === 'string' && HAN.test(value[1]);
    return value.flatMap((item, i) =>
      chineseTexts(item, `${path}[${i}]`, chinese || (pair && i === 1), seen),
    );
  }
  return Object.entries(value).flatMap(([key, item]) =>
    chineseTexts(item, `${path}.${key}`, chinese || key === 'zh', seen),
  );
}

function defectsOf(texts: readonly [string, string][]): string[] {
  return texts.flatMap(([path, text]) =>
    chinesePunctuationDefects(text).map((defect) => `${path}: ${defect}`),
  );
}

describe('Chinese punctuation of core’s texts', () => {
  const seen = new Set<unknown>();
  const texts = Object.entries(modules).flatMap(([file, exports]) =>
    Object.entries(exports).flatMap(([name, value]) => chineseTexts(value, `${file}#${name}`, false, seen)),
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

  it('sets full-width marks in Chinese sentences, ASCII only inside Latin runs', () => {
    expect(defectsOf(texts)).toEqual([]);
  });

  it('holds for the country and region names too', () => {
    const names = [
      ...allCountries().map((country): [string, string] => [country.alpha3, country.names.zh]),
      ...['002', '019', '142', '150', '009', 'global'].map((code): [string, string] => [
        code,
        areaName(code, 'zh'),
      ]),
    ];
    expect(defectsOf(names)).toEqual([]);
  });

  it('finds each defect it names, and leaves Latin runs alone', () => {
    const bad: [string, string][] = [
      ['a', '说明: 已更新'],
      ['b', '国家标准化管理委员会 (SAC)'],
      ['c', '(ISO)标准'],
      ['d', '称为"全球"'],
      ['e', '已签署, 未生效'],
      ['f', '已更新.'],
    ];
    expect(defectsOf(bad).map((line) => line.split(':')[0])).toEqual([
      'a',
      'a',
      'b',
      'c',
      'd',
      'e',
      'e',
      'f',
    ]);
    for (const good of [
      'CB = (N_A − N_B) / (N_A + N_B)。',
      '来源：https://www.sac.gov.cn/a-b.html?id=1',
      '徐小明.com',
      'GB/T 1.1—2020',
      '《Memorandum of Understanding (MoU)》',
      '斯皮尔曼 ρ 为 0.47（n = 12）',
      'http(s) 网址',
      'Signed again (继续签订) in December 2022, as “global”, not “unknown”.',
    ])
      expect(chinesePunctuationDefects(good), good).toEqual([]);
  });
});
