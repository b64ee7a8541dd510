import { LANGS, type Dataset } from '@sco/core';
import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages-for.js';
import { loadRealData } from '../test-support/brief-test-data.js';
import { fontFamilies } from '../templates/styles.js';
import { loadFonts, uncovered } from './fonts.js';

/** Every text of a dataset, and every string of the brief's messages in a language. */
function textsOf(dataset: Dataset): string {
  return Object.values(dataset.tables)
    .flatMap((rows: readonly object[]): unknown[] => rows.flatMap((row): unknown[] => Object.values(row)))
    .filter((value): value is string => typeof value === 'string')
    .join(' ');
}

function messageTexts(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'function') return String((value as (...args: string[]) => unknown)('0', '0', '0'));
  if (value && typeof value === 'object') return Object.values(value).map(messageTexts).join(' ');
  return '';
}

describe('the brief fonts', () => {
  it('are read from their npm packages: Latin, Chinese, Korean, Arabic, Thai and Sinhala, regular and bold', async () => {
    const fonts = await loadFonts();
    const families = new Set(fonts.faces.map((face) => `${face.family} ${face.weight}`));
    for (const family of [
      'Noto Serif',
      'Noto Sans',
      'Noto Sans SC',
      'Noto Sans KR',
      'Noto Sans Arabic',
      'Noto Sans Thai',
      'Noto Sans Sinhala',
    ]) {
      expect(families).toContain(`${family} 400`);
      expect(families).toContain(`${family} 700`);
    }
    expect(fonts.css).toMatch(/src:url\(\.\/fonts\/noto-sans-sc\/[\w-]+\.woff2\) format\('woff2'\)/);
    expect(fonts.css).not.toMatch(/local\(|\.woff\)/);
  });

  it.each(LANGS)('cover every character of the data and of the messages in %s', async (lang) => {
    const fonts = await loadFonts();
    const text = `${textsOf(await loadRealData())} ${messageTexts(messagesFor(lang))}`;
    expect(uncovered(text, fonts, fontFamilies(lang))).toEqual([]);
  });
});
