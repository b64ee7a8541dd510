import type { Lang } from '@sco/core';

/**
 * The words of the landing page's coverage and sources tables; the sources table's column and row labels are
 * core's (`SOURCE_STRENGTH_COLUMNS`, `SOURCE_CHECK_LABELS`), shared with the overview brief.
 */
export interface TableTexts {
  readonly coverageCaption: string;
  readonly coverage: {
    readonly asOf: string;
    readonly official: string;
    readonly verified: string;
    readonly verifiedSingle: string;
    readonly all: string;
    /** The change since the release before, whose id it names. */
    readonly change: (release: string) => string;
    readonly claimedBy: string;
  };
  /** The sources table's caption: how many records of how many cite an official page, formatted. */
  readonly sourcesCaption: (official: string, records: string) => string;
}

const TEXTS: Readonly<Record<Lang, TableTexts>> = {
  en: {
    coverageCaption:
      'Official cumulative tallies and what this release documents up to each date (documents / partners; a range where a record’s date may fall either side)',
    coverage: {
      asOf: 'As of',
      official: 'Official',
      verified: 'Verified',
      verifiedSingle: 'Verified + single source',
      all: 'All records',
      change: (release) => `Change since ${release} (all records)`,
      claimedBy: 'Claimed by',
    },
    sourcesCaption: (official, records) =>
      `Records on weak sources, by verification level: ${official} of ${records} records cite an official page, Chinese or partner`,
  },
  fr: {
    coverageCaption:
      'Décomptes officiels cumulés et ce que documente cette version jusqu’à chaque date (documents / partenaires\u202f; une fourchette quand la date d’un accord peut tomber de part ou d’autre)',
    coverage: {
      asOf: 'Au',
      official: 'Officiel',
      verified: 'Vérifiés',
      verifiedSingle: 'Vérifiés + source unique',
      all: 'Tous les accords',
      change: (release) => `Évolution depuis la version ${release} (tous les accords)`,
      claimedBy: 'Annoncé par',
    },
    sourcesCaption: (official, records) =>
      `Accords reposant sur des sources faibles, par niveau de vérification\u00a0: ${official} des ${records} accords citent une page officielle, chinoise ou partenaire`,
  },
  zh: {
    coverageCaption:
      '官方累计统计，以及本版本截至各统计日期记录的数量（文件/合作方；记录日期可能早于或晚于统计日期时给出区间）',
    coverage: {
      asOf: '截至',
      official: '官方数字',
      verified: '已核实',
      verifiedSingle: '已核实 + 单一来源',
      all: '全部记录',
      change: (release) => `自版本 ${release} 以来的变化（全部记录）`,
      claimedBy: '公布者',
    },
    sourcesCaption: (official, records) =>
      `依据薄弱来源的记录（按核实程度）：${records} 条记录中有 ${official} 条引用了中方或合作方的官方网页`,
  },
};

export function tableTextsFor(lang: Lang): TableTexts {
  return TEXTS[lang];
}
