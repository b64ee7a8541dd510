import { isAnchored } from '../anchoring.js';
import { ratioValue } from '../indicator-value.js';
import { measuredIndicator } from '../measured-indicator.js';
import { GROUP_RULES, methodology } from '../methodology-text.js';

export const internationalAnchoringShareIndicator = measuredIndicator({
  id: 'international_anchoring_share',
  unit: 'share',
  title: {
    en: 'International anchoring share',
    fr: 'Part des accords ancrés dans les normes internationales',
    zh: '国际标准锚定协议占比',
  },
  definition: {
    en:
      'Share of agreements anchored in international standardisation: signed with an international or regional ' +
      'standards body, or providing for joint international standards work or an explicit basis in ' +
      'international standards.',
    fr:
      'Part des accords ancrés dans la normalisation internationale\u00a0: signés avec un organisme international ou ' +
      'régional de normalisation, ou prévoyant des travaux conjoints dans les organismes internationaux de ' +
      'normalisation ou un fondement explicite sur les normes internationales.',
    zh:
      '锚定于国际标准化的协议所占比例：与国际或区域标准化机构签署，或规定在国际标准组织中联合开展工作、或明确' +
      '以国际标准为基础的协议。',
  },
  methodology: methodology(
    {
      en:
        'An agreement is anchored when one of its partners is an international or regional standards body (ISO, ' +
        'IEC, ITU, CEN-CENELEC, ETSI, ARSO, GSO…), or when the provision on joint international work or on an ' +
        'international-standard basis is coded present. Every partner of the agreement is considered, whatever ' +
        'the partner filters. Denominator: all agreements counted. Uncoded provisions count as not present.',
      fr:
        'Un accord est ancré lorsque l’un de ses partenaires est un organisme international ou régional de ' +
        'normalisation (ISO, CEI, UIT, CEN-CENELEC, ETSI, ORAN, GSO…), ou lorsque la clause de travaux ' +
        'internationaux conjoints ou de fondement sur les normes internationales est codée présente. Tous les ' +
        'partenaires de l’accord sont pris en compte, quels que soient les filtres de partenaires. ' +
        'Dénominateur\u00a0: tous les accords comptés. Les clauses non codées comptent comme absentes.',
      zh:
        '若协议的某一合作方为国际或区域标准化机构（ISO、IEC、ITU、CEN-CENELEC、ETSI、ARSO、GSO 等），或“在国际' +
        '标准组织中联合开展工作”或“明确以国际标准为基础”条款编码为“有”，则该协议视为锚定于国际标准。判断时考虑' +
        '协议的全部合作方，不受合作方筛选条件影响。分母：纳入统计的全部协议。未编码的条款按“无”处理。',
    },
    GROUP_RULES,
  ),
  group_bys: ['year', 'region', 'type', 'sector', 'partner_kind'],
  default_group_by: null,
  measure: (items) => {
    const anchored = items.filter((item) => isAnchored(item.agreement)).length;
    return ratioValue(anchored, items.length, items.length);
  },
});
