import { ratioValue } from '../indicator-value.js';
import { measuredIndicator } from '../measured-indicator.js';
import { GROUP_RULES, methodology } from '../methodology-text.js';
import { isRenewal, RENEWAL_RULE } from '../renewal.js';

export const renewalShareIndicator = measuredIndicator({
  id: 'renewal_share',
  unit: 'share',
  title: { en: 'Renewal share', fr: 'Part des renouvellements', zh: '续签协议占比' },
  definition: {
    en: 'Share of agreements that renew, extend or replace an earlier agreement.',
    fr: 'Part des accords qui renouvellent, prolongent ou remplacent un accord antérieur.',
    zh: '续签、延长或取代先前协议的协议所占比例。',
  },
  methodology: methodology(
    {
      en: `${RENEWAL_RULE.en} Numerator: renewals. Denominator: all agreements counted.`,
      fr: `${RENEWAL_RULE.fr} Numérateur\u00a0: les renouvellements. Dénominateur\u00a0: tous les accords comptés.`,
      zh: `${RENEWAL_RULE.zh}分子：续签协议。分母：纳入统计的全部协议。`,
    },
    GROUP_RULES,
  ),
  group_bys: ['year', 'region', 'type', 'sector', 'partner_kind'],
  default_group_by: null,
  measure: (items) => {
    const renewals = items.filter((item) => isRenewal(item.agreement)).length;
    return ratioValue(renewals, items.length, items.length);
  },
});
