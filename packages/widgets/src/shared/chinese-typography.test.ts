import { chinesePunctuationDefects } from '@sco/core/testing';
import { describe, expect, it } from 'vitest';
import { INVESTMENT_TEXT } from '../investment/investment-text.js';
import { NETWORK_TEXT } from '../sco-network/network-text.js';
import { SCATTER_TEXT } from '../sco-scatter/scatter-text.js';
import { EXPECT } from './attributes.js';
import { MESSAGES } from './i18n.js';

/** Every table of texts in every language the widgets write themselves (the API's texts are core's). */
const TABLES: Record<string, Record<string, { readonly zh: string }>> = {
  MESSAGES,
  EXPECT,
  INVESTMENT_TEXT,
  NETWORK_TEXT,
  SCATTER_TEXT,
};

describe('the widgets’ Chinese texts', () => {
  it('set full-width marks beside Chinese (，：；（）“”), ASCII only inside Latin runs, as core’s texts do', () => {
    const texts = Object.entries(TABLES).flatMap(([table, entries]) =>
      Object.entries(entries).map(([key, text]) => [`${table}.${key}`, text.zh] as const),
    );
    expect(texts.length).toBeGreaterThan(120);
    const found = texts.flatMap(([where, text]) =>
      chinesePunctuationDefects(text).map((defect) => `${where}: ${defect}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
