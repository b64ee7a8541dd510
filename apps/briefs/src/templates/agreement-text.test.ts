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
    title_en: 'Joint Initiative on Strengthening Standards Cooperation to Promote the Belt and Road',
    title_original: '关于加强标准合作，助推“一带一路”建设联合倡议',
    title_original_lang: 'zh',
  } as unknown as Agreement;
  const korean = {
    title_en: 'China-Japan-Korea Joint Statement on Standardization Cooperation',
    title_original: '한중일 표준협력 공동선언',
    title_original_lang: 'ko',
  } as unknown as Agreement;

  it('gives a Chinese original alone in a Chinese brief, without the English title', () => {
    const zh = agreementTitle(agreement, 'zh').value;
    expect(zh).toContain('<span class="title original" lang="zh">关于加强标准合作');
    expect(zh).not.toContain('Joint Initiative');
  });

  it('leads with the French translation in a French brief, the original after it in parentheses', () => {
    const fr = agreementTitle(agreement, 'fr').value;
    expect(fr).toContain('<span class="title translation" lang="fr">Initiative conjointe');
    expect(fr.indexOf('Initiative conjointe')).toBeLessThan(fr.indexOf('(关于加强标准合作'));
    expect(fr).not.toContain('Joint Initiative');
  });

  it('translates a title whose original is in a third language, and keeps that original', () => {
    const zh = agreementTitle(korean, 'zh').value;
    expect(zh).toContain('<span class="title translation" lang="zh">中日韩标准化合作联合声明</span>');
    expect(zh).toMatch(
      /<\/span><span\s+class="title-original"\s+dir="auto"\s+lang="ko"\s*>（한중일 표준협력 공동선언）/,
    );
  });

  it('leads with the English title in an English brief, the original after it', () => {
    const en = agreementTitle(agreement, 'en').value;
    expect(en.indexOf('Joint Initiative')).toBeLessThan(en.indexOf('关于加强标准合作'));
  });

  it('leaves out an English original in a French or Chinese brief', () => {
    const official = {
      title_en:
        'MoU between the Governments of ASEAN Member States and China on strengthening cooperation in the field of standards, technical regulations and conformity assessment',
      title_original: 'Memorandum of Understanding between the Governments of Member States of ASEAN',
      title_original_lang: 'en',
    } as unknown as Agreement;
    expect(agreementTitle(official, 'zh').value).not.toContain('Memorandum');
    expect(agreementTitle(official, 'fr').value).not.toContain('Memorandum');
    expect(agreementTitle(official, 'en').value).toContain('(Memorandum of Understanding');
  });
});
