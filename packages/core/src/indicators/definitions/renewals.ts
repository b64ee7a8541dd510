import { countValue } from '../indicator-value.js';
import { measuredIndicator } from '../measured-indicator.js';
import { GROUP_RULES, methodology } from '../methodology-text.js';
import { isRenewal, RENEWAL_RULE } from '../renewal.js';

export const renewalsIndicator = measuredIndicator({
  id: 'renewals',
  unit: 'count',
  title: { en: 'Renewals', fr: 'Renouvellements', zh: '续签协议数量' },
  definition: {
    en: 'Number of agreements that renew, extend or replace an earlier agreement.',
    fr: 'Nombre d’accords qui renouvellent, prolongent ou remplacent un accord antérieur.',
    zh: '续签、延长或取代先前协议的协议数量。',
  },
  methodology: methodology(
    {
      en: `Counts renewals; n is the number of agreements. ${RENEWAL_RULE.en}`,
      fr: `Compte les renouvellements\u202f; n est le nombre d’accords. ${RENEWAL_RULE.fr}`,
      zh: `统计续签协议数量；n 为协议数量。${RENEWAL_RULE.zh}`,
    },
    GROUP_RULES,
  ),
  group_bys: ['year', 'region', 'type', 'sector', 'partner_kind'],
  default_group_by: null,
  measure: (items) => countValue(items.filter((item) => isRenewal(item.agreement)).length, items.length),
});
