import { defineVocabulary } from './vocabulary.js';

export const sides = defineVocabulary({
  chinese: { en: 'Chinese party', fr: 'Partie chinoise', zh: '中方' },
  partner: { en: 'Partner', fr: 'Partenaire', zh: '合作方' },
});
export type Side = (typeof sides.codes)[number];
