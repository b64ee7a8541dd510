import { defineVocabulary } from './vocabulary.js';

/** Coded clauses of an agreement. The depth score counts the ones present (0–8). */
export const provisions = defineVocabulary({
  information_exchange: { en: 'Information exchange', fr: 'Échange d’informations', zh: '信息交流' },
  training: {
    en: 'Training and capacity building',
    fr: 'Formation et renforcement des capacités',
    zh: '培训与能力建设',
  },
  joint_international_work: {
    en: 'Joint work in international standards bodies',
    fr: 'Travaux conjoints dans les organismes internationaux de normalisation',
    zh: '在国际标准组织中联合开展工作',
  },
  international_basis: {
    en: 'Explicit basis in international standards',
    fr: 'Fondement explicite sur les normes internationales',
    zh: '明确以国际标准为基础',
  },
  mutual_recognition: {
    en: 'Two-way recognition or adoption of standards',
    fr: 'Reconnaissance ou adoption réciproque de normes',
    zh: '标准双向互认或采用',
  },
  one_way_adoption: {
    en: 'One-way translation, sale or adoption of Chinese standards',
    fr: 'Traduction, vente ou adoption unilatérale de normes chinoises',
    zh: '单向翻译、销售或采用中国标准',
  },
  standing_body: {
    en: 'Standing committee or regular meetings',
    fr: 'Comité permanent ou réunions régulières',
    zh: '常设委员会或定期会议',
  },
  conformity_assessment: {
    en: 'Conformity assessment and certification',
    fr: 'Évaluation de la conformité et certification',
    zh: '合格评定与认证',
  },
});
export type ProvisionCode = (typeof provisions.codes)[number];

export const provisionStatuses = defineVocabulary({
  present: { en: 'Present', fr: 'Présente', zh: '有' },
  absent: { en: 'Absent', fr: 'Absente', zh: '无' },
});
export type ProvisionStatus = (typeof provisionStatuses.codes)[number];
