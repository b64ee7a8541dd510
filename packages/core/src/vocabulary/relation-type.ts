import { defineVocabulary } from './vocabulary.js';

/** Lineage: how a later agreement relates to an earlier (or framework) one. */
export const relationTypes = defineVocabulary({
  renews: { en: 'Renews', fr: 'Renouvelle', zh: '续签' },
  extends: { en: 'Extends', fr: 'Prolonge', zh: '延长' },
  replaces: { en: 'Replaces', fr: 'Remplace', zh: '取代' },
  implements: { en: 'Implements', fr: 'Met en œuvre', zh: '落实' },
});
export type RelationType = (typeof relationTypes.codes)[number];
