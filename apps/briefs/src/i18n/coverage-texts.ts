import type { Lang } from '@sco/core';

/** The words of the overview's section "Coverage and sources". */
export interface CoverageTexts {
  readonly title: string;
  readonly intro: string;
  readonly caption: string;
  readonly columns: {
    readonly asOf: string;
    readonly claimed: string;
    readonly verified: string;
    readonly verifiedSingle: string;
    readonly all: string;
    readonly partners: string;
  };
  /** Official share and weak sources, all figures formatted. */
  readonly sources: (
    official: string,
    records: string,
    share: string,
    reposts: string,
    paraphrase: string,
    ip: string,
    dead: string,
  ) => string;
}

const TEXTS: Readonly<Record<Lang, CoverageTexts>> = {
  en: {
    title: 'Coverage and sources',
    intro:
      'How much of each official tally the dataset identifies, at each level of verification. A record dated only by a year or a month that contains the tally’s date may fall before or after it: the lower bound leaves such records out, the upper bound counts them. A record without a date counts when a source already reported it signed by the tally’s date.',
    caption: 'Documents of standardisation scope identified against each official tally (lower–upper bound)',
    columns: {
      asOf: 'As of',
      claimed: 'Claimed (documents / partners)',
      verified: 'Verified',
      verifiedSingle: '+ single source',
      all: 'All',
      partners: 'Partners (all)',
    },
    sources: (official, records, share, reposts, paraphrase, ip, dead) =>
      `${official} of the ${records} records (${share}) cite an official page, Chinese or partner. ${reposts} rest only on reposts, ${paraphrase} are quoted only by paraphrase, ${ip} cite a bare IP address and ${dead} an address that looks dead (checked by its form only).`,
  },
  fr: {
    title: 'Couverture et sources',
    intro:
      'Part de chaque décompte officiel que le jeu de données identifie, à chaque niveau de vérification. Un accord daté seulement d’une année ou d’un mois qui contient la date du décompte peut tomber avant ou après\u00a0: la borne basse l’exclut, la borne haute le compte. Un accord non daté compte si une source le disait déjà signé à la date du décompte.',
    caption: 'Documents de normalisation identifiés face à chaque décompte officiel (borne basse à haute)',
    columns: {
      asOf: 'Au',
      claimed: 'Annoncés (documents / partenaires)',
      verified: 'Vérifiés',
      verifiedSingle: '+ source unique',
      all: 'Tous',
      partners: 'Partenaires (tous)',
    },
    sources: (official, records, share, reposts, paraphrase, ip, dead) =>
      `${official} des ${records} accords (${share}) citent une page officielle, chinoise ou partenaire. ${reposts} ne reposent que sur des republications, ${paraphrase} ne sont cités que par paraphrase, ${ip} citent une simple adresse IP et ${dead} une adresse qui semble morte (vérifiée sur sa seule forme).`,
  },
  zh: {
    title: '覆盖范围与来源',
    intro:
      '本数据集在各核实程度下识别出的官方统计所含文件。仅注明年份或月份、且该期间包含统计日期的记录可能早于或晚于统计日期：下限不计此类记录，上限计入。无日期的记录，若已有来源在统计日期前报道其签署，则计入。',
    caption: '对照各项官方统计识别出的标准化文件（下限～上限）',
    columns: {
      asOf: '截至',
      claimed: '公布数（文件/合作方）',
      verified: '已核实',
      verifiedSingle: '+单一来源',
      all: '全部',
      partners: '合作方（全部）',
    },
    sources: (official, records, share, reposts, paraphrase, ip, dead) =>
      `${records}条记录中有${official}条（${share}）引用了中方或合作方的官方网页。${reposts}条仅依据转载，${paraphrase}条仅有转述引文，${ip}条引用纯IP地址，${dead}条引用的网址看似失效（仅按格式检查）。`,
  },
};

export function coverageTextsFor(lang: Lang): CoverageTexts {
  return TEXTS[lang];
}
