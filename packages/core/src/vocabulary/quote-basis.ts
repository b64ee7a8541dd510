import { defineVocabulary } from './vocabulary.js';

/** Whether a source's quote is the page's own words or a curator's rendering of them. */
export const quoteBases = defineVocabulary({
  verbatim: { en: 'Verbatim', fr: 'Textuelle', zh: '原文' },
  paraphrase: { en: 'Paraphrase', fr: 'Paraphrase', zh: '转述' },
});
export type QuoteBasis = (typeof quoteBases.codes)[number];
