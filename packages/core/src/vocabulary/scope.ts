import { defineVocabulary } from './vocabulary.js';

/** What an agreement is about: standardisation proper, or an adjacent field of quality infrastructure. */
export const scopes = defineVocabulary({
  standardisation: { en: 'Standardisation', fr: 'Normalisation', zh: '标准化' },
  metrology: { en: 'Metrology', fr: 'Métrologie', zh: '计量' },
  accreditation: { en: 'Accreditation', fr: 'Accréditation', zh: '认可' },
  conformity_assessment: {
    en: 'Conformity assessment and certification',
    fr: 'Évaluation de la conformité et certification',
    zh: '合格评定与认证',
  },
  inspection_product_safety: {
    en: 'Inspection and product safety',
    fr: 'Inspection et sécurité des produits',
    zh: '检验与产品安全',
  },
  transport_certificate_recognition: {
    en: 'Transport certificate recognition',
    fr: 'Reconnaissance des certificats de transport',
    zh: '交通运输证书互认',
  },
});
export type Scope = (typeof scopes.codes)[number];

/** Adjacent scopes are kept in the data but excluded from headline figures unless asked for. */
export function isAdjacentScope(scope: Scope): boolean {
  return scope !== 'standardisation';
}
