import { LANGS, isLang, type Lang } from '@sco/core';
import { markup, type SafeHtml } from './html.js';

/** The language of a page and its widgets: `?lang=` when it is en, fr or zh, else English. */
export function pageLang(query: unknown): Lang {
  const lang = typeof query === 'object' && query !== null ? (query as { lang?: unknown }).lang : undefined;
  return typeof lang === 'string' && isLang(lang) ? lang : 'en';
}

/** A language as HTML names it (`<html lang>`, `hreflang`): Chinese in simplified characters, as the studio. */
export const HTML_LANG: Readonly<Record<Lang, string>> = { en: 'en', fr: 'fr', zh: 'zh-Hans' };

const NAMES: Readonly<Record<Lang, string>> = { en: 'English', fr: 'Français', zh: '中文' };

/**
 * Links to the page in each language: the server renders the page, its widgets included, in the language of
 * the link (`?lang=`), so they work without JavaScript and a shared link keeps its language.
 */
export function langSwitch(current: Lang, label: string): SafeHtml {
  return markup`<nav class="lang-switch" aria-label="${label}">
    ${LANGS.map((lang) => {
      const currentMark = lang === current ? markup` aria-current="true"` : '';
      return markup`<a href="?lang=${lang}" hreflang="${HTML_LANG[lang]}" lang="${HTML_LANG[lang]}"${currentMark}>${NAMES[lang]}</a>`;
    })}
  </nav>`;
}
