import type { Localized } from '../../i18n/lang.js';
import { countValue, ratioValue } from '../indicator-value.js';
import { measuredIndicator } from '../measured-indicator.js';
import { GROUP_RULES, methodology } from '../methodology-text.js';

/** The label of the part that counts agreements whose framing is unknown. */
export const UNKNOWN_FRAMING_LABEL: Localized = {
  en: 'Agreements with unknown framing',
  fr: 'Accords au cadrage inconnu',
  zh: '框架归属未知的协议',
};

export const briShareIndicator = measuredIndicator({
  id: 'bri_share',
  unit: 'share',
  title: {
    en: 'Share framed by the Belt and Road',
    fr: 'Part des accords inscrits dans les Nouvelles routes de la soie',
    zh: '“一带一路”框架协议占比',
  },
  definition: {
    en:
      'Share of agreements framed by the Belt and Road Initiative, explicitly or by context, among agreements ' +
      'whose framing is known.',
    fr:
      'Part des accords inscrits dans l’initiative des Nouvelles routes de la soie, explicitement ou par leur ' +
      'contexte, parmi les accords dont le cadrage est connu.',
    zh: '在框架归属已知的协议中，明确提及“一带一路”或在“一带一路”背景下签署的协议所占比例。',
  },
  methodology: methodology(
    {
      en:
        'Numerator: agreements with explicit or contextual framing. Denominator: agreements with explicit, ' +
        'contextual or no framing; agreements whose framing is unknown are left out and reported as a part.',
      fr:
        'Numérateur\u00a0: accords au cadrage explicite ou contextuel. Dénominateur\u00a0: accords au cadrage explicite, ' +
        'contextuel ou absent\u202f; les accords au cadrage inconnu sont exclus et indiqués à part.',
      zh:
        '分子：明确提及或处于“一带一路”背景下的协议。分母：明确提及、背景相关或无“一带一路”表述的协议；框架' +
        '归属未知的协议不计入，并单独列出。',
    },
    GROUP_RULES,
  ),
  group_bys: ['year', 'region', 'type', 'sector', 'partner_kind'],
  default_group_by: null,
  measure: (items) => {
    const known = items.filter((item) => item.agreement.bri_framing !== 'unknown');
    const framed = known.filter((item) => item.agreement.bri_framing !== 'none');
    return ratioValue(framed.length, known.length, known.length);
  },
  parts: [
    {
      key: 'unknown_framing',
      unit: 'count',
      label: UNKNOWN_FRAMING_LABEL,
      measure: (items) => {
        const unknown = items.filter((item) => item.agreement.bri_framing === 'unknown').length;
        return countValue(unknown, unknown);
      },
    },
  ],
});
