import type { Lang } from '../i18n/lang.js';

const LOCALES: Readonly<Record<Lang, string>> = { en: 'en', fr: 'fr', zh: 'zh-CN' };

/** The BCP 47 locale of a language for Intl (collation, list formats). */
export function intlLocale(lang: Lang): string {
  return LOCALES[lang];
}
