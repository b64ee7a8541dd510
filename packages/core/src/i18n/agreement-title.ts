import { AGREEMENT_TITLE_LABELS } from './agreement-title-labels.js';
import type { Lang } from './lang.js';

/**
 * Where a title in a language comes from: the data's English title (`recorded`), the title the source gives
 * in that language (`original`, the data's `title_original`), or the Observatory's translation of the English
 * title (`translation`, not an official title).
 */
export const TITLE_BASES = ['recorded', 'original', 'translation'] as const;
export type TitleBasis = (typeof TITLE_BASES)[number];

export interface TitleInLang {
  readonly title: string;
  /** The language the title is written in (an English title where no translation is recorded). */
  readonly lang: string;
  readonly basis: TitleBasis;
}

/** The titles of an agreement as the data records them. */
export interface RecordedTitles {
  readonly title_en: string;
  readonly title_original: string | null;
  readonly title_original_lang: string | null;
}

/** Whether a BCP 47 tag names the language (`zh`, `zh-Hant` for Chinese). */
function isIn(tag: string | null, lang: Lang): boolean {
  return tag !== null && (tag.toLowerCase() === lang || tag.toLowerCase().startsWith(`${lang}-`));
}

/**
 * An agreement's title in a language: the source's own title where it is in that language (a Chinese
 * original in Chinese), else the Observatory's translation of the English title, else the English title.
 */
export function agreementTitleIn(titles: RecordedTitles, lang: Lang): TitleInLang {
  if (lang === 'en') return { title: titles.title_en, lang: 'en', basis: 'recorded' };
  if (titles.title_original !== null && isIn(titles.title_original_lang, lang)) {
    return { title: titles.title_original, lang: titles.title_original_lang ?? lang, basis: 'original' };
  }
  const translated = AGREEMENT_TITLE_LABELS[titles.title_en]?.[lang === 'fr' ? 0 : 1];
  if (translated) return { title: translated, lang, basis: 'translation' };
  return { title: titles.title_en, lang: 'en', basis: 'recorded' };
}

/** Whether an agreement has a title in French and in Chinese (for the checks of the data). */
export function hasAgreementTitleIn(titles: RecordedTitles, lang: Exclude<Lang, 'en'>): boolean {
  return agreementTitleIn(titles, lang).basis !== 'recorded';
}
