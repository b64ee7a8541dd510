import { isCoded, presentProvisions } from '../agreement-provisions.js';
import type { IndicatorDefinition, IndicatorMeta } from '../indicator-definition.js';
import { ratioValue } from '../indicator-value.js';
import { assertGroupBy, indicatorResult, measureCell, type Measure } from '../measured-indicator.js';
import { methodology } from '../methodology-text.js';
import { selectAgreements } from '../select-agreements.js';
import { provisions, type ProvisionCode } from '../../vocabulary/provision.js';

const meta: IndicatorMeta = {
  id: 'provision_prevalence',
  unit: 'share',
  title: { en: 'Provision prevalence', fr: 'Fréquence des clauses', zh: '条款出现率' },
  definition: {
    en: 'For each provision, the share of coded agreements in which it is present.',
    fr: 'Pour chaque clause, part des accords codés dans lesquels elle est présente.',
    zh: '每项条款在已编码协议中出现（编码为“有”）的比例。',
  },
  methodology: methodology({
    en:
      'An agreement is coded when at least one of its provisions has been coded from a source passage. Per ' +
      'provision: numerator = coded agreements with the provision coded present; denominator = n = coded ' +
      'agreements. A provision the coders found no passage for counts as not present, as in the depth ' +
      'score, so the prevalences of an agreement add up to its depth. Agreements never coded are left out. ' +
      'The overall figure is the mean share of the eight provisions present (depth score ÷ 8).',
    fr:
      'Un accord est codé lorsqu’au moins une de ses clauses a été codée à partir d’un passage d’une source. ' +
      'Pour chaque clause\u00a0: numérateur = accords codés où la clause est codée présente\u202f; dénominateur = n = ' +
      'accords codés. Une clause pour laquelle aucun passage n’a été trouvé compte comme non présente, comme ' +
      'pour le score de profondeur\u00a0: les fréquences d’un accord s’additionnent à sa profondeur. Les accords ' +
      'jamais codés sont exclus. Le chiffre d’ensemble est la part moyenne des huit clauses présentes ' +
      '(score de profondeur ÷ 8).',
    zh:
      '协议中至少有一项条款依据来源段落完成编码，即为已编码协议。按条款计算：分子为该条款编码为“有”的已编码' +
      '协议数；分母即 n，为已编码协议数。未找到依据段落的条款按“无”计，与深度得分一致，因此一项协议各条款' +
      '出现率之和等于其深度。从未编码的协议不计入。总体数值为八项条款的平均出现比例（深度得分÷8）。',
  }),
  group_bys: ['provision'],
  default_group_by: 'provision',
};

const pooled: Measure = (items) => {
  const coded = items.filter((item) => isCoded(item.agreement));
  const present = coded.reduce((sum, item) => sum + presentProvisions(item.agreement).size, 0);
  return ratioValue(present, coded.length * provisions.codes.length, coded.length, 'no_coded_agreements');
};

function prevalenceOf(provision: ProvisionCode): Measure {
  return (items) => {
    const coded = items.filter((item) => isCoded(item.agreement));
    const present = coded.filter((item) => presentProvisions(item.agreement).has(provision)).length;
    return ratioValue(present, coded.length, coded.length, 'no_coded_agreements');
  };
}

export const provisionPrevalenceIndicator: IndicatorDefinition = {
  ...meta,
  compute: (input) => {
    assertGroupBy(meta, input.group_by);
    const selection = selectAgreements(input.agreements, input.filter);
    const groups = input.group_by === null ? [] : provisions.codes;
    return indicatorResult(meta, input, selection, {
      total: measureCell(selection.items, pooled),
      groups: groups.map((provision) => ({
        key: provision,
        ...measureCell(selection.items, prevalenceOf(provision)),
      })),
    });
  },
};
