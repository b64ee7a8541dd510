import { countValue } from '../indicator-value.js';
import { measuredIndicator } from '../measured-indicator.js';
import { GROUP_RULES, methodology } from '../methodology-text.js';

export const agreementsIndicator = measuredIndicator({
  id: 'agreements',
  unit: 'count',
  title: { en: 'Agreements', fr: 'Accords', zh: '协议数量' },
  definition: {
    en: 'Number of standards cooperation agreements China has signed that match the filters.',
    fr: 'Nombre d’accords de coopération en matière de normes signés par la Chine qui répondent aux filtres.',
    zh: '符合筛选条件的中国已签署标准化合作协议数量。',
  },
  methodology: methodology(
    {
      en: 'Counts agreements. By year, an agreement counts in the year it was signed.',
      fr: 'Compte les accords. Par année, un accord compte dans l’année de sa signature.',
      zh: '统计协议数量。按年份分组时，协议计入其签署年份。',
    },
    GROUP_RULES,
  ),
  group_bys: ['year', 'region', 'type', 'sector', 'partner_kind'],
  default_group_by: null,
  measure: (items) => countValue(items.length, items.length),
});
