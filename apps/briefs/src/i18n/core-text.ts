import { frenchSpacing, type Lang } from '@sco/core';

/**
 * A text core writes (an indicator's definition or method, a counting rule, a caveat) as the brief prints it:
 * in French with no-break spaces before its colons and inside its guillemets, so that no line of the brief
 * starts with ":" or "»".
 */
export function coreText(text: string, lang: Lang): string {
  return lang === 'fr' ? frenchSpacing(text) : text;
}
