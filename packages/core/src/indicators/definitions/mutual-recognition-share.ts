import { hasMutualRecognition } from '../anchoring.js';
import { ratioValue } from '../indicator-value.js';
import { measuredIndicator } from '../measured-indicator.js';
import { GROUP_RULES, methodology } from '../methodology-text.js';

export const mutualRecognitionShareIndicator = measuredIndicator({
  id: 'mutual_recognition_share',
  unit: 'share',
  title: { en: 'Mutual recognition share', fr: 'Part de la reconnaissance mutuelle', zh: '互认协议占比' },
  definition: {
    en: 'Share of agreements that provide for mutual recognition of standards, by their type or by a coded provision.',
    fr: 'Part des accords qui prévoient la reconnaissance mutuelle de normes, par leur type ou par une clause codée.',
    zh: '通过协议类型或已编码条款规定标准互认的协议所占比例。',
  },
  methodology: methodology(
    {
      en:
        'Numerator: agreements of type “mutual recognition of standards” or with the two-way recognition ' +
        'provision coded present. Denominator: all agreements counted. A provision that is not coded counts as ' +
        'not present, so the share is a lower bound.',
      fr:
        'Numérateur\u00a0: accords de type «\u00a0reconnaissance mutuelle de normes\u00a0» ou dont la clause de reconnaissance ' +
        'réciproque est codée présente. Dénominateur\u00a0: tous les accords comptés. Une clause non codée compte ' +
        'comme absente\u00a0: la part est donc une borne inférieure.',
      zh:
        '分子：类型为“标准互认”或“标准双向互认或采用”条款编码为“有”的协议。分母：纳入统计的全部协议。未编码' +
        '的条款按“无”处理，因此该比例为下限。',
    },
    GROUP_RULES,
  ),
  group_bys: ['year', 'region', 'type', 'sector', 'partner_kind'],
  default_group_by: null,
  measure: (items) => {
    const recognising = items.filter((item) => hasMutualRecognition(item.agreement)).length;
    return ratioValue(recognising, items.length, items.length);
  },
});
