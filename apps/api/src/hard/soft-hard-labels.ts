import type { Lang, Quadrant } from '@sco/core';

export const HARD_MEASURE: Readonly<Record<Lang, string>> = {
  en: 'Chinese investment and construction, total over all years of the source (USD millions)',
  fr: 'Investissements et construction chinois, total sur toutes les années de la source (millions USD)',
  zh: '中国投资与建设，来源所有年份合计（百万美元）',
};

export const QUADRANT_LABELS: Readonly<Record<Quadrant, Readonly<Record<Lang, string>>>> = {
  high_soft_high_hard: {
    en: 'Many agreements, much investment',
    fr: 'Beaucoup d’accords, beaucoup d’investissements',
    zh: '协议多，投资多',
  },
  high_soft_low_hard: {
    en: 'Many agreements, little investment',
    fr: 'Beaucoup d’accords, peu d’investissements',
    zh: '协议多，投资少',
  },
  low_soft_high_hard: {
    en: 'Few agreements, much investment',
    fr: 'Peu d’accords, beaucoup d’investissements',
    zh: '协议少，投资多',
  },
  low_soft_low_hard: {
    en: 'Few agreements, little investment',
    fr: 'Peu d’accords, peu d’investissements',
    zh: '协议少，投资少',
  },
};

const number = (value: number | null, lang: Lang): string =>
  value === null ? '—' : new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(value);

/** The quadrants' cut points in words. */
export function cutPointsText(soft: number | null, hard: number | null, lang: Lang): string {
  const a = number(soft, lang);
  const h = number(hard, lang);
  if (lang === 'fr')
    return `Élevé = strictement au-dessus de la médiane des partenaires\u00a0: ${a} accords\u202f; ${h} millions USD.`;
  if (lang === 'zh') return `“高”指严格高于伙伴中位数：协议 ${a} 项；${h} 百万美元。`;
  return `High = strictly above the partners' median: ${a} agreements; USD ${h} million.`;
}
