import { distinctPartners } from '../distinct-partners.js';
import { countValue } from '../indicator-value.js';
import { measuredIndicator } from '../measured-indicator.js';
import { GROUP_RULES, methodology, PARTNER_RULES } from '../methodology-text.js';

export const partnersIndicator = measuredIndicator({
  id: 'partners',
  unit: 'count',
  title: { en: 'Partners', fr: 'Partenaires', zh: '合作方数量' },
  definition: {
    en: 'Number of distinct partners — countries and organisations — in the agreements that match the filters.',
    fr: 'Nombre de partenaires distincts — pays et organisations — parties aux accords qui répondent aux filtres.',
    zh: '符合筛选条件的协议中不同合作方（国家和组织）的数量。',
  },
  methodology: methodology(
    {
      en: 'Counts distinct partner jurisdictions: a partner with several agreements counts once; n is the number of agreements.',
      fr: 'Compte les juridictions partenaires distinctes\u00a0: un partenaire qui a signé plusieurs accords compte une fois\u202f; n est le nombre d’accords.',
      zh: '统计不同的合作方管辖主体：签署多项协议的合作方只计一次；n 为协议数量。',
    },
    PARTNER_RULES,
    GROUP_RULES,
  ),
  group_bys: ['year', 'region', 'type', 'sector', 'partner_kind'],
  default_group_by: null,
  measure: (items) => countValue(distinctPartners(items).size, items.length),
});
