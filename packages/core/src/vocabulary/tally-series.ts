import { defineVocabulary } from './vocabulary.js';

/** Series of official tallies; only `cumulative` is compared with the dataset for coverage. */
export const tallySeries = defineVocabulary({
  cumulative: {
    en: 'All standardisation cooperation documents (cumulative)',
    fr: 'Ensemble des documents de coopération en normalisation (cumul)',
    zh: '标准化合作文件总数（累计）',
  },
  belt_and_road: {
    en: 'Belt and Road partners (cumulative)',
    fr: 'Partenaires des Nouvelles routes de la soie (cumul)',
    zh: '“一带一路”合作方（累计）',
  },
  flow: {
    en: 'Signed in one period or event',
    fr: 'Signés sur une période ou lors d’un événement',
    zh: '某一时期或活动中签署',
  },
  conformity_assessment: {
    en: 'Certification and accreditation documents',
    fr: 'Documents de certification et d’accréditation',
    zh: '认证认可合作文件',
  },
});
export type TallySeries = (typeof tallySeries.codes)[number];

export const tallyQualifiers = defineVocabulary({
  exact: { en: 'exactly', fr: 'exactement', zh: '共' },
  at_least: { en: 'at least', fr: 'au moins', zh: '至少' },
});
export type TallyQualifier = (typeof tallyQualifiers.codes)[number];
