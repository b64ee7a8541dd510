import { defineVocabulary } from './vocabulary.js';

/** Whether an agreement is framed as part of the Belt and Road Initiative. */
export const briFramings = defineVocabulary({
  explicit: {
    en: 'Explicit Belt and Road framing',
    fr: 'Cadre explicite des Nouvelles routes de la soie',
    zh: '明确提及“一带一路”',
  },
  contextual: {
    en: 'Belt and Road context',
    fr: 'Contexte des Nouvelles routes de la soie',
    zh: '“一带一路”背景',
  },
  none: {
    en: 'No Belt and Road framing',
    fr: 'Sans lien avec les Nouvelles routes de la soie',
    zh: '无“一带一路”表述',
  },
  unknown: { en: 'Unknown', fr: 'Inconnu', zh: '未知' },
});
export type BriFraming = (typeof briFramings.codes)[number];
