import { dataLabel } from './data-labels.js';
import { INSTITUTION_NAME_LABELS } from './institution-name-labels.js';
import type { Lang } from './lang.js';

/** The names of an institution as the data records them. */
export interface RecordedNames {
  readonly name_en: string;
  readonly name_original: string | null;
}

/**
 * An institution's name in a language: its name in established use there or the Observatory's translation
 * (`institution-name-labels.ts`), else its own name where that is the name in the language (`name_original`, or
 * the English name of a body named in English), else the description of a body the source does not name in
 * that language (`dataLabel`). English is the data's `name_en`.
 */
export function institutionNameIn(names: RecordedNames, lang: Lang): string {
  if (lang === 'en') return names.name_en;
  const label = INSTITUTION_NAME_LABELS[names.name_en];
  if (label === undefined) return dataLabel(names.name_en, lang);
  return label[lang === 'fr' ? 0 : 1] ?? names.name_original ?? names.name_en;
}

/** Whether the data's English name has a French and a Chinese name (for the checks of the data). */
export function hasInstitutionName(nameEn: string): boolean {
  return INSTITUTION_NAME_LABELS[nameEn] !== undefined;
}
