import { describe, expect, it } from 'vitest';
import { agreementTitleIn, hasAgreementTitleIn } from './agreement-title.js';

const withChinese = {
  title_en: 'Joint Initiative on Strengthening Standards Cooperation to Promote the Belt and Road',
  title_original: '关于加强标准合作，助推“一带一路”建设联合倡议',
  title_original_lang: 'zh',
};
const withKorean = {
  title_en: 'China-Japan-Korea Joint Statement on Standardization Cooperation',
  title_original: '한중일 표준협력 공동선언',
  title_original_lang: 'ko',
};

describe('agreementTitleIn', () => {
  it('gives the recorded English title in English', () => {
    expect(agreementTitleIn(withChinese, 'en')).toEqual({
      title: withChinese.title_en,
      lang: 'en',
      basis: 'recorded',
    });
  });

  it('uses a Chinese original as it is in Chinese, and the French translation in French', () => {
    expect(agreementTitleIn(withChinese, 'zh')).toEqual({
      title: withChinese.title_original,
      lang: 'zh',
      basis: 'original',
    });
    expect(agreementTitleIn(withChinese, 'fr')).toEqual({
      title:
        'Initiative conjointe sur le renforcement de la coopération en matière de normes pour promouvoir la Ceinture et la Route',
      lang: 'fr',
      basis: 'translation',
    });
  });

  it('translates a title whose original is in another language', () => {
    expect(agreementTitleIn(withKorean, 'zh')).toEqual({
      title: '中日韩标准化合作联合声明',
      lang: 'zh',
      basis: 'translation',
    });
    expect(agreementTitleIn(withKorean, 'fr').title).toBe(
      'Déclaration conjointe Chine-Japon-Corée sur la coopération en matière de normalisation',
    );
  });

  it('takes an original in a regional variant of the language (zh-Hant) as the original', () => {
    const hant = {
      ...withKorean,
      title_original: '中日韓標準化合作聯合聲明',
      title_original_lang: 'zh-Hant',
    };
    expect(agreementTitleIn(hant, 'zh')).toEqual({
      title: '中日韓標準化合作聯合聲明',
      lang: 'zh-Hant',
      basis: 'original',
    });
  });

  it('falls back to the English title, marked recorded, where no translation is recorded', () => {
    const unknown = {
      title_en: 'A title nobody translated',
      title_original: null,
      title_original_lang: null,
    };
    expect(agreementTitleIn(unknown, 'fr')).toEqual({
      title: 'A title nobody translated',
      lang: 'en',
      basis: 'recorded',
    });
    expect(hasAgreementTitleIn(unknown, 'fr')).toBe(false);
    expect(hasAgreementTitleIn(unknown, 'zh')).toBe(false);
    expect(hasAgreementTitleIn(withChinese, 'zh')).toBe(true);
  });
});
