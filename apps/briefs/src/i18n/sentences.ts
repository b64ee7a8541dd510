import type { Lang } from '@sco/core';

/**
 * Sentences written one after another in a language's way: a space after the full stop in English and
 * French, none after Chinese "。" (a space there prints as a gap in the line). Empty sentences are left out.
 */
export function sentences(lang: Lang, parts: readonly string[]): string {
  return parts.filter((part) => part !== '').join(sentenceGap(lang));
}

/** What goes between two sentences: a space, none after Chinese "。". */
export function sentenceGap(lang: Lang): string {
  return lang === 'zh' ? '' : ' ';
}
