import { hhiMeasure } from '../hhi.js';
import { measuredIndicator } from '../measured-indicator.js';
import { GROUP_RULES, methodology, PARTNER_RULES } from '../methodology-text.js';

export const hhiPartnersIndicator = measuredIndicator({
  id: 'hhi_partners',
  unit: 'index',
  title: {
    en: 'Concentration across partners (HHI)',
    fr: 'Concentration par partenaire (IHH)',
    zh: '合作方集中度（HHI）',
  },
  definition: {
    en:
      'Herfindahl–Hirschman index of partners: the sum of squared partner shares, from near 0 (many partners) ' +
      'to 1 (a single partner).',
    fr:
      'Indice de Herfindahl-Hirschman des partenaires\u00a0: somme des carrés des parts de chaque partenaire, de près ' +
      'de 0 (nombreux partenaires) à 1 (un seul partenaire).',
    zh: '合作方的赫芬达尔—赫希曼指数：各合作方份额的平方和，取值从接近 0（合作方众多）到 1（单一合作方）。',
  },
  methodology: methodology(
    {
      en:
        'HHI = Σ s_i², where s_i is partner i’s share of partner–agreement pairs; each partner counts once per ' +
        'agreement, so a 12-partner initiative gives each of its partners one pair. The denominator is the ' +
        'number of pairs.',
      fr:
        'IHH = Σ s_i², où s_i est la part du partenaire i dans les paires partenaire–accord\u202f; chaque partenaire ' +
        'compte une fois par accord, si bien qu’une initiative à 12 partenaires donne une paire à chacun d’eux. ' +
        'Le dénominateur est le nombre de paires.',
      zh:
        'HHI = Σ s_i²，其中 s_i 为合作方 i 在“合作方—协议”对中所占份额；每个合作方在每项协议中只计一次，因此一项' +
        '有 12 个合作方的倡议为每个合作方各计一对。分母为“合作方—协议”对的数量。',
    },
    PARTNER_RULES,
    GROUP_RULES,
  ),
  group_bys: ['year', 'region', 'type', 'sector', 'partner_kind'],
  default_group_by: null,
  measure: hhiMeasure((item) => item.partners.map((partner) => partner.code)),
});
