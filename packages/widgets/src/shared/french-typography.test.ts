import { describe, expect, it } from 'vitest';
import { INVESTMENT_TEXT } from '../investment/investment-text.js';
import { NETWORK_TEXT } from '../sco-network/network-text.js';
import { SCATTER_TEXT } from '../sco-scatter/scatter-text.js';
import { EXPECT } from './attributes.js';
import { MESSAGES } from './i18n.js';

/** Every table of texts in every language the widgets write themselves (the API's texts are core's). */
const TABLES: Record<string, Record<string, { readonly fr: string }>> = {
  MESSAGES,
  EXPECT,
  INVESTMENT_TEXT,
  NETWORK_TEXT,
  SCATTER_TEXT,
};

/** As core's texts and frenchSpacing write French: no ordinary space before : ; ? ! » or after «. */
const DEFECTS: readonly [string, RegExp][] = [
  ['plain space before : ; ? ! or »', / [:;?!»]/],
  ['plain space after «', /« /],
  ['wide no-break space before ; ? !', /\u00a0[;?!]/],
  ['straight apostrophe', /'/],
];

describe('the widgets’ French texts', () => {
  it('space their punctuation as printed French does, as the API’s texts do', () => {
    const texts = Object.entries(TABLES).flatMap(([table, entries]) =>
      Object.entries(entries).map(([key, text]) => [`${table}.${key}`, text.fr] as const),
    );
    expect(texts.length).toBeGreaterThan(120);
    const found = texts.flatMap(([where, text]) =>
      DEFECTS.filter(([, pattern]) => pattern.test(text)).map(([defect]) => `${where}: ${defect}: ${text}`),
    );
    expect(found).toEqual([]);
  });
});
