import type { Localized } from '../../i18n/lang.js';
import { isAnchored, isRecognitionOnly } from '../anchoring.js';
import { countValue, ratioValue } from '../indicator-value.js';
import { measuredIndicator } from '../measured-indicator.js';
import type { SelectedAgreement } from '../select-agreements.js';
import { GROUP_RULES, methodology } from '../methodology-text.js';

export const ANCHORED_LABEL: Localized = {
  en: 'Anchored agreements (N_A)',
  fr: 'Accords ancrés (N_A)',
  zh: '锚定协议（N_A）',
};
export const RECOGNITION_ONLY_LABEL: Localized = {
  en: 'Recognition-only agreements (N_B)',
  fr: 'Accords de reconnaissance seule (N_B)',
  zh: '仅互认类协议（N_B）',
};

const anchored = (items: readonly SelectedAgreement[]) =>
  items.filter((item) => isAnchored(item.agreement)).length;
const recognitionOnly = (items: readonly SelectedAgreement[]) =>
  items.filter((item) => isRecognitionOnly(item.agreement)).length;

export const convergenceBalanceIndicator = measuredIndicator({
  id: 'convergence_balance',
  unit: 'index',
  title: { en: 'Convergence balance', fr: 'Solde de convergence', zh: '趋同平衡指数' },
  definition: {
    en:
      'Balance between agreements anchored in international standards and agreements that only recognise or ' +
      'adopt standards without such an anchor, from −1 (all recognition-only) to 1 (all anchored).',
    fr:
      'Solde entre les accords ancrés dans les normes internationales et ceux qui se limitent à reconnaître ou ' +
      'adopter des normes sans cet ancrage, de −1 (tous en reconnaissance seule) à 1 (tous ancrés).',
    zh:
      '锚定于国际标准的协议与仅互认或采用标准而无国际锚定的协议之间的平衡，取值从 −1（全部仅为互认或采用）到 1' +
      '（全部锚定于国际标准）。',
  },
  methodology: methodology(
    {
      en:
        'CB = (N_A − N_B) / (N_A + N_B). N_A: anchored agreements (as in the international anchoring share). ' +
        'N_B: recognition-only agreements — mutual recognition (by type or provision) or one-way adoption of ' +
        'Chinese standards coded present, and not anchored. Agreements that are neither do not count; n is ' +
        'N_A + N_B, and when it is 0 the balance has no value.',
      fr:
        'CB = (N_A − N_B) / (N_A + N_B). N_A\u00a0: accords ancrés (comme pour la part des accords ancrés dans les ' +
        'normes internationales). N_B\u00a0: accords de reconnaissance seule — reconnaissance mutuelle (par le type ou ' +
        'la clause) ou adoption unilatérale de normes chinoises codée présente, sans ancrage. Les accords qui ne ' +
        'relèvent d’aucune des deux catégories ne comptent pas\u202f; n vaut N_A + N_B et, s’il est égal à 0, la ' +
        'valeur n’est pas définie.',
      zh:
        'CB = (N_A − N_B) / (N_A + N_B)。N_A：锚定于国际标准的协议（定义同国际标准锚定协议占比）。N_B：仅互认' +
        '类协议，即规定标准互认（按类型或条款）或单向采用中国标准的条款编码为“有”、且未锚定于国际标准的协议。' +
        '两者皆非的协议不计入；n 为 N_A + N_B，其为 0 时不给出数值。',
    },
    GROUP_RULES,
  ),
  group_bys: ['year', 'region', 'type', 'sector', 'partner_kind'],
  default_group_by: null,
  measure: (items) => {
    const a = anchored(items);
    const b = recognitionOnly(items);
    return ratioValue(a - b, a + b, a + b);
  },
  parts: [
    {
      key: 'anchored',
      unit: 'count',
      label: ANCHORED_LABEL,
      measure: (items) => countValue(anchored(items), anchored(items)),
    },
    {
      key: 'recognition_only',
      unit: 'count',
      label: RECOGNITION_ONLY_LABEL,
      measure: (items) => countValue(recognitionOnly(items), recognitionOnly(items)),
    },
  ],
});
