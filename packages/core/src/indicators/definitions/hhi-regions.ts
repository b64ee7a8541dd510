import { UNKNOWN_REGION_KEY } from '../group-by.js';
import { hhiMeasure } from '../hhi.js';
import { measuredIndicator } from '../measured-indicator.js';
import { GROUP_RULES, methodology, PARTNER_RULES } from '../methodology-text.js';

export const hhiRegionsIndicator = measuredIndicator({
  id: 'hhi_regions',
  unit: 'index',
  title: {
    en: 'Concentration across regions (HHI)',
    fr: 'Concentration par région (IHH)',
    zh: '区域集中度（HHI）',
  },
  definition: {
    en:
      'Herfindahl–Hirschman index of partners’ regions: the sum of squared regional shares, from near 0 (spread ' +
      'out) to 1 (all in one region).',
    fr:
      'Indice de Herfindahl-Hirschman des régions des partenaires\u00a0: somme des carrés des parts régionales, de ' +
      'près de 0 (dispersion) à 1 (une seule région).',
    zh: '合作方所在区域的赫芬达尔—赫希曼指数：各区域份额的平方和，取值从接近 0（分散）到 1（集中于单一区域）。',
  },
  methodology: methodology(
    {
      en:
        'HHI = Σ s_i², where s_i is region i’s share of partner–agreement pairs: each partner counts once per ' +
        'agreement, in its own region (an organisation counts in its region or as “global”; a partner whose ' +
        'region is unknown counts as “unknown”). The denominator is the number of pairs.',
      fr:
        'IHH = Σ s_i², où s_i est la part de la région i dans les paires partenaire–accord\u00a0: chaque partenaire ' +
        'compte une fois par accord, dans sa propre région (une organisation compte dans sa région ou comme ' +
        '«\u00a0mondiale\u00a0»\u202f; un partenaire dont la région est inconnue compte comme «\u00a0inconnue\u00a0»). Le dénominateur est ' +
        'le nombre de paires.',
      zh:
        'HHI = Σ s_i²，其中 s_i 为区域 i 在“合作方—协议”对中所占份额：每个合作方在每项协议中只计一次，计入其自身' +
        '所属区域（组织计入其所属区域或“全球”；区域不详的合作方计为“未知”）。分母为“合作方—协议”对的数量。',
    },
    PARTNER_RULES,
    GROUP_RULES,
  ),
  group_bys: ['year', 'type', 'sector', 'partner_kind'],
  default_group_by: null,
  measure: hhiMeasure((item) => item.partners.map((partner) => partner.region ?? UNKNOWN_REGION_KEY)),
});
