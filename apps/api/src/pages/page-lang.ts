import { LANGS, isLang, type Lang } from '@sco/core';
import { markup, type SafeHtml } from './html.js';

/** The language of the widgets on a page: `?lang=` when it is en, fr or zh, else English. */
export function pageLang(query: unknown): Lang {
  const lang = typeof query === 'object' && query !== null ? (query as { lang?: unknown }).lang : undefined;
  return typeof lang === 'string' && isLang(lang) ? lang : 'en';
}

const NAMES: Readonly<Record<Lang, string>> = { en: 'English', fr: 'Français', zh: '中文' };

/**
 * Links to the page in each language of the widgets (they work without JavaScript); lang-switch.js turns
 * them into a switch that sets the widgets' `lang` attribute in place, and they re-render.
 */
export function langSwitch(current: Lang, label: string): SafeHtml {
  return markup`<nav class="lang-switch" aria-label="${label}">
    ${LANGS.map((lang) => {
      const currentMark = lang === current ? markup` aria-current="true"` : '';
      return markup`<a href="?lang=${lang}" hreflang="${lang}" lang="${lang}" data-lang="${lang}"${currentMark}>${NAMES[lang]}</a>`;
    })}
  </nav>`;
}
