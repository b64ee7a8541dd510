import type { Lang, Localized } from '../i18n/lang.js';

/** A closed list of codes with a label for each code in every language. */
export interface Vocabulary<C extends string> {
  readonly codes: readonly [C, ...C[]];
  readonly labels: Readonly<Record<C, Localized>>;
}

/**
 * Codes keep the order of `labels`, except that JavaScript lists integer-like keys ("11") first: pass
 * `sorted` for numeric codes such as ICS fields.
 */
export function defineVocabulary<const C extends string>(
  labels: Readonly<Record<C, Localized>>,
  order: 'as-written' | 'sorted' = 'as-written',
): Vocabulary<C> {
  const codes = Object.keys(labels) as C[];
  if (order === 'sorted') codes.sort();
  if (codes.length === 0) throw new Error('A vocabulary needs at least one code.');
  return { codes: codes as [C, ...C[]], labels };
}

export function labelOf<C extends string>(vocabulary: Vocabulary<C>, code: C, lang: Lang): string {
  return vocabulary.labels[code][lang];
}
