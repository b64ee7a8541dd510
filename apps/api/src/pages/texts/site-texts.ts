import type { Lang } from '@sco/core';

/** The Observatory's pages, in the order of the navigation. */
export const SITE_PATHS = ['/', '/embed', '/demo', '/widgets/docs', '/docs', '/studio'] as const;
export type SitePath = (typeof SITE_PATHS)[number];

/**
 * The words of the site's frame: the skip link, the name, the navigation, the language switch, the footer. The
 * navigation's labels are a word or two, so that the name, the six links and the language switch stand in one
 * row from 1,024 px on in every language (the pages' own headings say what each page is in full).
 */
export interface SiteTexts {
  readonly skip: string;
  readonly name: string;
  readonly navLabel: string;
  readonly nav: Readonly<Record<SitePath, string>>;
  /** The name of the language switch (it changes the whole page, widgets included). */
  readonly language: string;
  readonly footer: string;
}

const TEXTS: Readonly<Record<Lang, SiteTexts>> = {
  en: {
    skip: 'Skip to the content',
    name: 'Soft Connectivity Observatory',
    navLabel: 'Site',
    nav: {
      '/': 'Overview',
      '/embed': 'Embed',
      '/demo': 'Demo',
      '/widgets/docs': 'Widgets',
      '/docs': 'API',
      '/studio': 'Briefs',
    },
    language: 'Language',
    footer: 'Code MIT; data CC BY 4.0 — cite the release you use. Widgets send no cookies and store nothing.',
  },
  fr: {
    skip: 'Aller au contenu',
    name: 'Observatoire de la connectivité douce',
    navLabel: 'Site',
    nav: {
      '/': 'Accueil',
      '/embed': 'Intégrer',
      '/demo': 'Démo',
      '/widgets/docs': 'Widgets',
      '/docs': 'API',
      '/studio': 'Notes',
    },
    language: 'Langue',
    footer:
      'Code sous licence MIT\u202f; données sous CC\u00a0BY\u00a04.0 — citez la version que vous utilisez. Les widgets n’envoient aucun cookie et ne stockent rien.',
  },
  zh: {
    skip: '跳到正文',
    name: '软联通观察',
    navLabel: '网站',
    nav: {
      '/': '概览',
      '/embed': '嵌入',
      '/demo': '示例',
      '/widgets/docs': '组件',
      '/docs': 'API',
      '/studio': '简报',
    },
    language: '语言',
    footer:
      '代码采用 MIT 许可，数据采用 CC BY 4.0 许可，请注明所用的数据版本。组件不发送 Cookie，也不存储任何信息。',
  },
};

export function siteTextsFor(lang: Lang): SiteTexts {
  return TEXTS[lang];
}
