import { describe, expect, it } from 'vitest';
import { chinesePunctuationDefects } from '../testing/chinese-punctuation.js';
import { placeNamesOf, textsOf, type FoundText } from '../testing/texts-of.js';
import { coreModules } from './test-support/core-modules.js';

function defectsOf(texts: readonly FoundText[]): string[] {
  return texts.flatMap(([path, text]) =>
    chinesePunctuationDefects(text).map((defect) => `${path}: ${defect}`),
  );
}

describe('Chinese punctuation of core’s texts', () => {
  const texts = textsOf(coreModules, 'zh');

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
    expect(defectsOf(placeNamesOf('zh'))).toEqual([]);
  });

  it('finds each defect it names, and leaves Latin runs alone', () => {
    const bad: [string, string][] = [
      ['a', '说明: 已更新'],
      ['b', '国家标准化管理委员会 (SAC)'],
      ['c', '(ISO)标准'],
      ['d', '称为"全球"'],
      ['e', '已签署, 未生效'],
      ['f', '已更新.'],
      ['g', '第 {from}–{to} 项'],
      ['h', '区间为 0.34-0.60'],
      ['i', '42–93 项协议'],
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
      'g',
      'h',
      'i',
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
      '42～93 项协议，−0.600～0.000',
      '2005—2019 年',
      'Plan of action (2019–2021)',
      '签署于 2016-09-14 之前',
    ])
      expect(chinesePunctuationDefects(good), good).toEqual([]);
  });
});
