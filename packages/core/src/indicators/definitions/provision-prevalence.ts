import { codedProvisions, isCoded, presentProvisions } from '../agreement-provisions.js';
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
    en: 'For each provision, the share of agreements where it is present among the agreements where it has been coded.',
    fr: 'Pour chaque clause, part des accords où elle est présente parmi ceux où elle a été codée.',
    zh: '每项条款在已对其编码的协议中编码为“有”的比例。',
  },
  methodology: methodology({
    en:
      'Per provision: numerator = agreements with the provision coded present; denominator = agreements with ' +
      'the provision coded present or absent; n = that denominator. Agreements where the provision is not ' +
      'coded are left out. The overall figure pools every coded provision of every agreement (agreement–' +
      'provision pairs); its n is the number of coded agreements.',
    fr:
      'Pour chaque clause : numérateur = accords où elle est codée présente ; dénominateur = accords où elle ' +
      'est codée présente ou absente ; n = ce dénominateur. Les accords où la clause n’est pas codée sont ' +
      'exclus. Le chiffre d’ensemble regroupe toutes les clauses codées de tous les accords (paires ' +
      'accord–clause) ; son n est le nombre d’accords codés.',
    zh:
      '按条款计算：分子为该条款编码为“有”的协议数；分母为该条款编码为“有”或“无”的协议数；n即该分母。该条款' +
      '未编码的协议不计入。总体数值汇总所有协议的全部已编码条款（协议—条款对），其n为已编码协议数。',
  }),
  group_bys: ['provision'],
  default_group_by: 'provision',
};

const pooled: Measure = (items) => {
  const coded = items.filter((item) => isCoded(item.agreement));
  const sum = (count: (item: (typeof coded)[number]) => number) => coded.reduce((s, item) => s + count(item), 0);
  const present = sum((item) => presentProvisions(item.agreement).size);
  const codedPairs = sum((item) => codedProvisions(item.agreement).size);
  return ratioValue(present, codedPairs, coded.length, 'no_coded_agreements');
};

function prevalenceOf(provision: ProvisionCode): Measure {
  return (items) => {
    const coded = items.filter((item) => codedProvisions(item.agreement).has(provision));
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
      groups: groups.map((provision) => ({ key: provision, ...measureCell(selection.items, prevalenceOf(provision)) })),
    });
  },
};
