import type { Lang } from '@sco/core';
import { spacedCjk } from './spaced-cjk.js';

/**
 * The words of the overview's section "Coverage and sources"; its sources table's column and row labels are
 * core's (`SOURCE_STRENGTH_COLUMNS`, `SOURCE_CHECK_LABELS`), shared with the landing page.
 */
export interface CoverageTexts {
  readonly title: string;
  readonly intro: string;
  /** The short brief's intro: what the table gives, and what its ranges mean, in one sentence. */
  readonly shortIntro: string;
  readonly caption: string;
  readonly columns: {
    readonly asOf: string;
    readonly claimed: string;
    readonly verified: string;
    readonly verifiedSingle: string;
    readonly all: string;
  };
  /**
   * The partners official claims name and the data has no standardisation record of: their number, and
   * their names joined as a list (empty when there are none).
   */
  readonly named: (named: string, missing: string, names: string) => string;
  /** The share of records citing an official page, all figures formatted. */
  readonly official: (official: string, records: string, share: string) => string;
  /**
   * The change since the release before this one, by the latest tally and all levels counted: that
   * release's id and publication day, the tally's date, and the signed changes of documents and partners.
   */
  readonly changed: (
    release: string,
    published: string,
    asOf: string,
    documents: string,
    partners: string,
  ) => string;
  readonly sourcesCaption: string;
}

const TEXTS: Readonly<Record<Lang, CoverageTexts>> = {
  en: {
    title: 'Coverage and sources',
    intro:
      'How much of each official tally the dataset identifies, at each level of verification. A record dated only by a year or a month that contains the tally’s date may fall before or after it: the lower bound leaves such records out, the upper bound counts them. A record without a date counts when a source already reported it signed by the tally’s date.',
    shortIntro:
      'How much of each official tally the dataset identifies, at each level of verification; a range counts, at its upper end, the records dated only by a year or a month that may fall either side of the tally’s date.',
    caption:
      'Documents / partners of standardisation scope identified against each official tally (lower–upper bound)',
    columns: {
      asOf: 'As of',
      claimed: 'Claimed',
      verified: 'Verified',
      verifiedSingle: '+ single source',
      all: 'All',
    },
    named: (named, missing, names) =>
      names === ''
        ? `Each of the ${named} partners that official claims name has a standardisation record in the dataset.`
        : `Of the ${named} partners that official claims name, ${missing} have no standardisation record in the dataset: ${names}.`,
    official: (official, records, share) =>
      `${official} of the dataset’s ${records} records (${share}), adjacent scopes included, cite an official page, Chinese or partner.`,
    changed: (release, published, asOf, documents, partners) =>
      `Change since release ${release} (${published}), by the latest tally (${asOf}) and all levels counted: documents ${documents}, partners ${partners}.`,
    sourcesCaption: 'Records resting on weak sources, by verification level',
  },
  fr: {
    title: 'Couverture et sources',
    intro:
      'Part de chaque décompte officiel que le jeu de données identifie, à chaque niveau de vérification. Un accord daté seulement d’une année ou d’un mois qui contient la date du décompte peut tomber avant ou après\u00a0: la borne basse l’exclut, la borne haute le compte. Un accord non daté compte si une source le disait déjà signé à la date du décompte.',
    shortIntro:
      'Part de chaque décompte officiel que le jeu de données identifie, à chaque niveau de vérification\u202f; une fourchette compte, à sa borne haute, les accords datés seulement d’une année ou d’un mois qui peuvent tomber de part et d’autre de la date du décompte.',
    caption:
      'Documents / partenaires de normalisation identifiés face à chaque décompte officiel (borne basse à haute)',
    columns: {
      asOf: 'Date du décompte',
      claimed: 'Annoncés',
      verified: 'Vérifiés',
      verifiedSingle: '+ source unique',
      all: 'Tous',
    },
    named: (named, missing, names) =>
      names === ''
        ? `Chacun des ${named} partenaires que nomment les déclarations officielles a un accord de normalisation dans le jeu de données.`
        : `Des ${named} partenaires que nomment les déclarations officielles, ${missing} n’ont aucun accord de normalisation dans le jeu de données\u00a0: ${names}.`,
    official: (official, records, share) =>
      `${official} des ${records} fiches de la base (${share}), domaines connexes compris, citent une page officielle, chinoise ou partenaire.`,
    changed: (release, published, asOf, documents, partners) =>
      `Évolution depuis la version ${release} (${published}), à la date du dernier décompte (${asOf}), tous niveaux confondus\u00a0: documents ${documents}, partenaires ${partners}.`,
    sourcesCaption: 'Accords reposant sur des sources faibles, par niveau de vérification',
  },
  zh: {
    title: '覆盖范围与来源',
    intro:
      '本数据集在各核实程度下识别出的官方统计所含文件。仅注明年份或月份、且该期间包含统计日期的记录可能早于或晚于统计日期：下限不计此类记录，上限计入。无日期的记录，若已有来源在统计日期前报道其签署，则计入。',
    shortIntro:
      '本数据集在各核实程度下识别出的官方统计所含文件；区间的上限计入仅注明年份或月份、可能早于或晚于统计日期的记录。',
    caption: '对照各项官方统计识别出的标准化文件/合作方（下限～上限）',
    columns: {
      asOf: '截至',
      claimed: '公布数',
      verified: '已核实',
      verifiedSingle: '+单一来源',
      all: '全部',
    },
    named: (named, missing, names) =>
      names === ''
        ? `官方表述点名的${named}个合作方在本数据集中均有标准化记录。`
        : `官方表述点名的${named}个合作方中，有${missing}个在本数据集中没有标准化记录：${names}。`,
    official: (official, records, share) =>
      `本数据集的${records}条记录（含相关领域）中有${official}条（${share}）引用了中方或合作方的官方网页。`,
    changed: (release, published, asOf, documents, partners) =>
      `与数据版本 ${release}（${published}）相比，截至最新统计日期（${asOf}）、计入全部核实程度：文件 ${documents}，合作方 ${partners}。`,
    sourcesCaption: '依据薄弱来源的记录（按核实程度）',
  },
};

const SPACED_ZH = spacedCjk(TEXTS.zh);

export function coverageTextsFor(lang: Lang): CoverageTexts {
  return lang === 'zh' ? SPACED_ZH : TEXTS[lang];
}
