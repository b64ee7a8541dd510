import { describe, expect, it } from 'vitest';
import type { Agreement } from '@sco/core';
import { agreementTitle, unquoted } from './agreement-text.js';

describe('quoted passages', () => {
  it('drops the quotation marks a source wrote around the whole passage', () => {
    expect(unquoted('« pour œuvrer conjointement »')).toBe('pour œuvrer conjointement');
    expect(unquoted('“cooperation includes training”')).toBe('cooperation includes training');
    expect(unquoted('"plain"')).toBe('plain');
    expect(unquoted(' 「加强标准化合作」 ')).toBe('加强标准化合作');
  });

  it('keeps marks that do not enclose the whole passage', () => {
    expect(unquoted('“a” and “b”')).toBe('“a” and “b”');
    expect(unquoted('the "Memorandum" of 2013')).toBe('the "Memorandum" of 2013');
    expect(unquoted('« ouvert')).toBe('« ouvert');
    expect(unquoted('"')).toBe('"');
    expect(unquoted('no marks')).toBe('no marks');
  });
});

describe('agreement titles', () => {
  const agreement = {
    title_en: 'Joint Initiative on Standards Cooperation',
    title_original: '关于加强标准合作的联合倡议',
    title_original_lang: 'zh',
  } as unknown as Agreement;

  it('leads with the Chinese title in a Chinese brief, the English one after it', () => {
    const zh = agreementTitle(agreement, 'zh').value;
    expect(zh.indexOf('关于加强标准合作的联合倡议')).toBeLessThan(zh.indexOf('Joint Initiative'));
  });

  it('leads with the English title in the other languages', () => {
    const fr = agreementTitle(agreement, 'fr').value;
    expect(fr.indexOf('Joint Initiative')).toBeLessThan(fr.indexOf('关于加强标准合作的联合倡议'));
  });
});
