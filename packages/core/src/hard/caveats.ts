import type { Localized } from '../i18n/lang.js';

/** What the hard-connectivity indicators cannot say: shown beside every result that uses them. */
export const HARD_CAVEATS: readonly Localized[] = [
  {
    en: 'Correlation is not causation: an association between investment and agreements does not show that one led to the other.',
    fr: 'Corrélation n’est pas causalité\u00a0: une association entre investissements et accords ne montre pas que l’un a entraîné l’autre.',
    zh: '相关不等于因果：投资与协议之间的关联并不表明二者之间存在因果关系。',
  },
  {
    en: 'The China Global Investment Tracker covers only deals of USD 100 million or more, from 2005.',
    fr: 'Le China Global Investment Tracker ne couvre que les transactions d’au moins 100 millions USD, depuis 2005.',
    zh: '“中国全球投资追踪”仅涵盖 2005 年以来金额在 1 亿美元及以上的交易。',
  },
  {
    en: 'The size of the partner economy is not controlled for: large economies attract more investment and sign more agreements.',
    fr: 'La taille de l’économie partenaire n’est pas prise en compte\u00a0: les grandes économies attirent plus d’investissements et signent plus d’accords.',
    zh: '未控制伙伴经济体的规模：大型经济体吸引更多投资，也签署更多协议。',
  },
];
