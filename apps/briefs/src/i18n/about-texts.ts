import type { Lang } from '@sco/core';
import { spacedCjk } from './spaced-cjk.js';

/** The colophon of a brief: who publishes it, who answers for it, the disclaimer, how to cite it. */
export interface AboutTexts {
  readonly publisher: string;
  readonly responsibility: string;
  readonly contact: string;
  readonly disclaimer: string;
  readonly cite: (title: string, release: string, date: string, year: string) => string;
  /** Before the brief's permalink: what opening it gives. */
  readonly again: string;
}

const en: AboutTexts = {
  publisher: 'Published by the Soft Connectivity Observatory.',
  responsibility:
    'Editorial responsibility: the Observatory’s editorial team, which curates the data and answers for the figures; the text is generated from the data release named below, without hand edits.',
  contact: 'Contact: through the issue tracker of the Observatory’s public repository.',
  disclaimer:
    'The figures count what public sources document and may differ from official claims. The boundaries and names on the maps do not imply any opinion on the legal status of any country, territory or area, or on the delimitation of its frontiers.',
  cite: (title, release, date, year) =>
    `How to cite: Soft Connectivity Observatory (${year}), “${title}”, policy brief, data release ${release}, ${date}.`,
  again: 'Permalink: this address gives this brief again as a PDF, built from the same data release:',
};

const fr: AboutTexts = {
  publisher: 'Publiée par l’Observatoire de la connectivité douce.',
  responsibility:
    'Responsabilité éditoriale\u00a0: l’équipe éditoriale de l’Observatoire, qui constitue les données et répond des chiffres\u202f; le texte est produit à partir de la version des données indiquée ci-dessous, sans retouche manuelle.',
  contact: 'Contact\u00a0: par l’outil de suivi des tickets du dépôt public de l’Observatoire.',
  disclaimer:
    'Les chiffres comptent ce que documentent les sources publiques et peuvent différer des annonces officielles. Les frontières et les noms figurant sur les cartes n’impliquent aucune prise de position quant au statut juridique des pays, territoires ou zones, ni quant au tracé de leurs frontières.',
  cite: (title, release, date, year) =>
    `Pour citer cette note\u00a0: Observatoire de la connectivité douce (${year}), «\u00a0${title}\u00a0», note de synthèse, version des données ${release}, ${date}.`,
  again:
    'Lien permanent\u00a0: cette adresse donne de nouveau cette note en PDF, établie à partir de la même version des données\u00a0:',
};

const zh: AboutTexts = {
  publisher: '发布者：软联通观察。',
  responsibility:
    '编辑责任：软联通观察编辑团队负责整理数据并对数字负责；正文依据下列数据版本自动生成，未经人工修改。',
  contact: '联系方式：通过软联通观察公开代码库的问题跟踪系统。',
  disclaimer:
    '本简报的数字统计公开来源所记录的内容，可能与官方说法不同。地图上的边界和名称不代表对任何国家、领土或地区的法律地位或其边界划定持任何立场。',
  cite: (title, release, date, year) =>
    `引用格式：软联通观察（${year}），《${title}》，政策简报，数据版本 ${release}，${date}。`,
  again: '永久链接：打开以下地址即可再次获得本简报的 PDF，依据相同的数据版本生成：',
};

const TEXTS: Readonly<Record<Lang, AboutTexts>> = { en, fr, zh: spacedCjk(zh) };

export function aboutTextsFor(lang: Lang): AboutTexts {
  return TEXTS[lang];
}
