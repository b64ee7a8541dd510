import { defineVocabulary } from './vocabulary.js';

export const agreementStatuses = defineVocabulary({
  in_force: { en: 'In force', fr: 'En vigueur', zh: '有效' },
  expired: { en: 'Expired', fr: 'Expiré', zh: '已失效' },
  superseded: { en: 'Superseded', fr: 'Remplacé', zh: '已被取代' },
  unknown: { en: 'Unknown', fr: 'Inconnu', zh: '未知' },
});
export type AgreementStatus = (typeof agreementStatuses.codes)[number];
