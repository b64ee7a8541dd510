import { isCoded, presentProvisions } from '../agreement-provisions.js';
import { ratioValue } from '../indicator-value.js';
import { measuredIndicator } from '../measured-indicator.js';
import { GROUP_RULES, methodology } from '../methodology-text.js';

export const depthScoreIndicator = measuredIndicator({
  id: 'depth_score',
  unit: 'score',
  title: { en: 'Depth score', fr: 'Score de profondeur', zh: '深度得分' },
  definition: {
    en: 'Mean number of provisions present in an agreement, from 0 to 8, over agreements whose provisions have been coded.',
    fr: 'Nombre moyen de clauses présentes dans un accord, de 0 à 8, calculé sur les accords dont les clauses ont été codées.',
    zh: '已编码条款的协议中平均含有的条款数，取值 0 至 8。',
  },
  methodology: methodology(
    {
      en:
        'Depth D of an agreement = number of the eight provisions coded present (information exchange, ' +
        'training, joint international work, international basis, two-way recognition, one-way adoption, ' +
        'standing body, conformity assessment), as in the DESTA depth index. The score is the mean of D over ' +
        'coded agreements — those with at least one provision row; uncoded agreements are left out, and n says ' +
        'how many were averaged.',
      fr:
        'La profondeur D d’un accord est le nombre des huit clauses codées présentes (échange d’informations, ' +
        'formation, travaux internationaux conjoints, fondement international, reconnaissance réciproque, ' +
        'adoption unilatérale, organe permanent, évaluation de la conformité), à la manière de l’indice de ' +
        'profondeur DESTA. Le score est la moyenne de D sur les accords codés — ceux qui ont au moins une ligne ' +
        'de clause\u202f; les accords non codés sont exclus et n indique le nombre d’accords pris en compte.',
      zh:
        '单项协议的深度 D 为八项条款（信息交流、培训、国际联合工作、国际标准基础、双向互认、单向采用、常设机构、' +
        '合格评定）中编码为“有”的条款数，参照 DESTA 深度指数。得分为已编码协议（至少有一条条款记录的协议）的 D' +
        ' 的平均值；未编码的协议不计入，n 为参与平均的协议数。',
    },
    GROUP_RULES,
  ),
  group_bys: ['year', 'region', 'type', 'sector', 'partner_kind'],
  default_group_by: null,
  measure: (items) => {
    const coded = items.filter((item) => isCoded(item.agreement));
    const present = coded.reduce((sum, item) => sum + presentProvisions(item.agreement).size, 0);
    return ratioValue(present, coded.length, coded.length, 'no_coded_agreements');
  },
});
