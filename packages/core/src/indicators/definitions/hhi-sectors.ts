import { hhiMeasure } from '../hhi.js';
import { measuredIndicator } from '../measured-indicator.js';
import { GROUP_RULES, methodology } from '../methodology-text.js';

export const hhiSectorsIndicator = measuredIndicator({
  id: 'hhi_sectors',
  unit: 'index',
  title: {
    en: 'Concentration across sectors (HHI)',
    fr: 'Concentration par secteur (IHH)',
    zh: '领域集中度（HHI）',
  },
  definition: {
    en:
      'Herfindahl–Hirschman index of ICS sectors: the sum of squared sector shares, from near 0 (many sectors) ' +
      'to 1 (a single sector).',
    fr:
      'Indice de Herfindahl-Hirschman des secteurs ICS\u00a0: somme des carrés des parts de chaque secteur, de près ' +
      'de 0 (nombreux secteurs) à 1 (un seul secteur).',
    zh: 'ICS 领域的赫芬达尔—赫希曼指数：各领域份额的平方和，取值从接近 0（领域众多）到 1（单一领域）。',
  },
  methodology: methodology(
    {
      en:
        'HHI = Σ s_i², where s_i is sector i’s share of sector–agreement pairs; an agreement with several ' +
        'sectors gives one pair to each. Agreements without a sector are left out; n counts the agreements with ' +
        'at least one sector, and the denominator is the number of pairs.',
      fr:
        'IHH = Σ s_i², où s_i est la part du secteur i dans les paires secteur–accord\u202f; un accord qui couvre ' +
        'plusieurs secteurs donne une paire à chacun. Les accords sans secteur sont exclus\u202f; n compte les accords ' +
        'ayant au moins un secteur et le dénominateur est le nombre de paires.',
      zh:
        'HHI = Σ s_i²，其中 s_i 为领域 i 在“领域—协议”对中所占份额；涉及多个领域的协议为每个领域各计一对。未标注' +
        '领域的协议不计入；n 为至少标注一个领域的协议数，分母为“领域—协议”对的数量。',
    },
    GROUP_RULES,
  ),
  group_bys: ['year', 'region', 'type', 'partner_kind'],
  default_group_by: null,
  measure: hhiMeasure((item) => item.sectors),
});
