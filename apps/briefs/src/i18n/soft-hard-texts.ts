import type { Lang } from '@sco/core';
import { spacedCjk } from './spaced-cjk.js';

/** The words of the section "Does soft connectivity follow hard?" and of a partner's two series. */
export interface SoftHardTexts {
  readonly title: string;
  /** The cover's finding: ρ and n, formatted. */
  readonly finding: (rho: string, n: string) => string;
  readonly intro: (partners: string, first: number, last: number) => string;
  /**
   * ρ with its interval, n and permutation p; all values already formatted. `below` when p is under the
   * smallest value printed, so that it reads "a probability below 0.001", never "of < 0.001".
   */
  readonly statistics: (
    rho: string,
    low: string,
    high: string,
    n: string,
    p: string,
    resamples: string,
    below: boolean,
  ) => string;
  /** How strong the association is and whether chance alone would often give it. */
  readonly reading: (strength: Strength, positive: boolean, clear: boolean) => string;
  readonly others: (verified: string, withAgreement: string, n: string) => string;
  readonly cannotSay: string;
  /** The cut points; `agreements` null when the median is zero (then "many" means at least one). */
  readonly cuts: (agreements: string | null, usd: string) => string;
  /** The groups' names; `none` when the agreements' median is zero (low means none). */
  readonly quadrant: (key: QuadrantKey, none: boolean) => string;
  readonly columns: { readonly group: string; readonly count: string; readonly partners: string };
  readonly tableCaption: string;
  readonly more: (n: number) => string;
  readonly xTitle: (first: number, last: number) => string;
  readonly yTitle: string;
  readonly median: (value: string) => string;
  readonly scatterCaption: string;
  readonly scatterAlt: (n: string, rho: string, labelled: string) => string;
  readonly partnerTitle: string;
  readonly partnerIntro: (name: string, total: string, first: number, last: number) => string;
  /** When agreements run past the tracker's last year: later years show no investment because none is recorded. */
  readonly partnerAfter: (last: number) => string;
  readonly partnerUpper: string;
  readonly partnerLower: string;
  readonly partnerCaption: (name: string) => string;
  readonly partnerAlt: (name: string, total: string, agreements: string) => string;
}

export type Strength = 'negligible' | 'weak' | 'moderate' | 'strong';
export type QuadrantKey =
  'high_soft_high_hard' | 'low_soft_high_hard' | 'high_soft_low_hard' | 'low_soft_low_hard';

/** A correlation's strength in words (|ρ| < 0.1, < 0.3, < 0.5, ≥ 0.5). */
export function strengthOf(rho: number): Strength {
  const size = Math.abs(rho);
  if (size < 0.1) return 'negligible';
  if (size < 0.3) return 'weak';
  if (size < 0.5) return 'moderate';
  return 'strong';
}

const en: SoftHardTexts = {
  title: 'Does soft connectivity follow hard?',
  finding: (rho, n) =>
    `Countries that received more Chinese investment have signed more standards agreements (Spearman’s ρ ${rho} across ${n} countries) — an association, not proof that one led to the other.`,
  intro: (partners, first, last) =>
    `The claim behind the Belt and Road’s standards work is that “soft” connectivity — standards agreements — follows the “hard” connectivity of the railways, ports, power plants and networks that Chinese firms build and finance. The Observatory sets the agreements of each country beside Chinese investment and construction there from ${first} to ${last}, as recorded by the China Global Investment Tracker: ${partners} countries in all.`,
  statistics: (rho, low, high, n, p, resamples, below) =>
    `The rank correlation (Spearman’s ρ) between the agreements a country has signed and the Chinese investment it has received is ${rho} across the ${n} countries, a country without an agreement counting zero. Its 95% interval, from ${resamples} resamples of the countries, runs from ${low} to ${high}; if the two had nothing to do with each other, a correlation this strong would arise by chance with a probability ${below ? 'below' : 'of'} ${p}.`,
  reading: (strength, positive, clear) =>
    `${{ negligible: 'The association is negligible', weak: 'The association is weak', moderate: 'The association is moderate', strong: 'The association is strong' }[strength]}${clear ? ' and unlikely to be chance' : ', and chance alone could produce it'}${positive && strength !== 'negligible' ? ': countries that received more Chinese investment tend to have signed more standards agreements' : ''}.`,
  others: (verified, withAgreement, n) =>
    `On verified agreements only, ρ is ${verified}; among the ${n} countries with at least one agreement, ρ is ${withAgreement}.`,
  cannotSay: 'What these figures cannot say',
  cuts: (agreements, usd) =>
    `The groups are cut at the medians of the countries in the tracker: ${agreements === null ? 'half of them have no agreement, so “agreements” means at least one' : `“agreements” means more than ${agreements}`}, and “much investment” more than USD ${usd} million of investment and construction.`,
  quadrant: (key, none) =>
    ({
      high_soft_high_hard: 'Agreements and much investment',
      low_soft_high_hard: none ? 'Much investment, no agreement' : 'Much investment, few agreements',
      high_soft_low_hard: 'Agreements, little investment',
      low_soft_low_hard: none ? 'Little investment, no agreement' : 'Little of either',
    })[key],
  columns: { group: 'Group', count: 'Countries', partners: 'Countries (most investment first)' },
  tableCaption: 'Countries by agreements and Chinese investment, the medians as cut points',
  more: (n) => `and ${n} more`,
  xTitle: (first, last) => `Chinese investment and construction ${first}–${last}, USD million (log scale)`,
  yTitle: 'Documented agreements',
  median: (value) => `median ${value}`,
  scatterCaption:
    'Standards agreements against Chinese investment and construction, by country; dashed lines: the medians',
  scatterAlt: (n, rho, labelled) =>
    `Scatter plot of ${n} countries: documented standards agreements against Chinese investment and construction on a logarithmic axis; Spearman’s ρ ${rho}. Labelled: ${labelled}.`,
  partnerTitle: 'Investment and agreements over time',
  partnerIntro: (name, total, first, last) =>
    `Chinese investment and construction in ${name} recorded by the China Global Investment Tracker from ${first} to ${last} total USD ${total} million; the chart sets them year by year above the agreements of standardisation scope.`,
  partnerAfter: (last) =>
    `The tracker’s edition used here ends in ${last}: the years after it show no investment because none is recorded, not because there was none.`,
  partnerUpper: 'Chinese investment and construction, USD million',
  partnerLower: 'Documented agreements of standardisation scope',
  partnerCaption: (name) => `${name}: Chinese investment and construction and standards agreements, by year`,
  partnerAlt: (name, total, agreements) =>
    `Two bar charts on one time axis for ${name}: Chinese investment and construction by year (USD ${total} million in all) and agreements by year (${agreements} dated).`,
};

const fr: SoftHardTexts = {
  title: 'La connectivité «\u00a0douce\u00a0» suit-elle la «\u00a0dure\u00a0»\u202f?',
  finding: (rho, n) =>
    `Les pays qui ont reçu plus d’investissements chinois ont signé plus d’accords de normalisation (ρ de Spearman ${rho} sur ${n} pays)\u00a0: une association, non la preuve que l’un a entraîné l’autre.`,
  intro: (partners, first, last) =>
    `Le travail de normalisation des Nouvelles routes de la soie repose sur une thèse\u00a0: la connectivité «\u00a0douce\u00a0» — les accords de normalisation — suit la connectivité «\u00a0dure\u00a0» des voies ferrées, ports, centrales et réseaux que construisent et financent les entreprises chinoises. L’Observatoire place les accords de chaque pays à côté des investissements et contrats de construction chinois qu’il a reçus de ${first} à ${last}, tels que les recense le China Global Investment Tracker\u00a0: ${partners} pays en tout.`,
  statistics: (rho, low, high, n, p, resamples, below) =>
    `La corrélation de rang (ρ de Spearman) entre les accords qu’un pays a signés et les investissements chinois qu’il a reçus vaut ${rho} sur les ${n} pays, un pays sans accord comptant zéro. Son intervalle de confiance à 95\u00a0%, tiré de ${resamples} rééchantillonnages des pays, va de ${low} à ${high}\u202f; si les deux n’avaient aucun lien, une corrélation aussi forte apparaîtrait par hasard avec une probabilité ${below ? 'inférieure à' : 'de'} ${p}.`,
  reading: (strength, positive, clear) =>
    `${{ negligible: 'L’association est négligeable', weak: 'L’association est faible', moderate: 'L’association est modérée', strong: 'L’association est forte' }[strength]}${clear ? ' et le hasard l’explique mal' : ', et le hasard seul pourrait la produire'}${positive && strength !== 'negligible' ? '\u00a0: les pays qui ont reçu plus d’investissements chinois ont tendance à avoir signé plus d’accords de normalisation' : ''}.`,
  others: (verified, withAgreement, n) =>
    `Sur les seuls accords vérifiés, ρ vaut ${verified}\u202f; parmi les ${n} pays qui ont au moins un accord, ρ vaut ${withAgreement}.`,
  cannotSay: 'Ce que ces chiffres ne disent pas',
  cuts: (agreements, usd) =>
    `Les groupes sont séparés aux médianes des pays du tracker\u00a0: ${agreements === null ? 'la moitié d’entre eux n’a aucun accord, «\u00a0des accords\u00a0» signifie donc au moins un' : `«\u00a0des accords\u00a0» signifie plus de ${agreements}`}, et «\u00a0beaucoup d’investissements\u00a0» plus de ${usd} millions USD d’investissements et de contrats.`,
  quadrant: (key, none) =>
    ({
      high_soft_high_hard: 'Des accords et beaucoup d’investissements',
      low_soft_high_hard: none
        ? 'Beaucoup d’investissements, aucun accord'
        : 'Beaucoup d’investissements, peu d’accords',
      high_soft_low_hard: 'Des accords, peu d’investissements',
      low_soft_low_hard: none ? 'Peu d’investissements, aucun accord' : 'Peu de l’un et de l’autre',
    })[key],
  columns: { group: 'Groupe', count: 'Pays', partners: 'Pays (les plus gros investissements d’abord)' },
  tableCaption:
    'Pays selon les accords et les investissements chinois, répartis de part et d’autre des médianes',
  more: (n) => `et ${n} autres`,
  xTitle: (first, last) =>
    `Investissements et contrats chinois ${first}–${last}, millions USD (échelle log.)`,
  yTitle: 'Accords documentés',
  median: (value) => `médiane ${value}`,
  scatterCaption:
    'Accords de normalisation et investissements et contrats de construction chinois, par pays\u202f; en tirets\u00a0: les médianes',
  scatterAlt: (n, rho, labelled) =>
    `Nuage de points de ${n} pays\u00a0: accords de normalisation documentés et investissements et contrats chinois sur un axe logarithmique\u202f; ρ de Spearman ${rho}. Pays nommés\u00a0: ${labelled}.`,
  partnerTitle: 'Investissements et accords dans le temps',
  partnerIntro: (name, total, first, last) =>
    `Les investissements et contrats de construction chinois recensés par le China Global Investment Tracker pour ce partenaire (${name}) de ${first} à ${last} atteignent ${total} millions USD\u202f; le graphique les place, année par année, au-dessus des accords de normalisation.`,
  partnerAfter: (last) =>
    `L’édition du tracker utilisée ici s’arrête en ${last}\u00a0: les années suivantes ne montrent aucun investissement parce qu’aucun n’est recensé, non parce qu’il n’y en a pas eu.`,
  partnerUpper: 'Investissements et contrats chinois, millions USD',
  partnerLower: 'Accords de normalisation documentés',
  partnerCaption: (name) =>
    `${name}\u00a0: investissements et contrats chinois et accords de normalisation, par année`,
  partnerAlt: (name, total, agreements) =>
    `Deux histogrammes sur un même axe du temps pour ${name}\u00a0: investissements et contrats chinois par année (${total} millions USD en tout) et accords par année (${agreements} datés).`,
};

const zh: SoftHardTexts = {
  title: '软联通是否跟随硬联通？',
  finding: (rho, n) =>
    `获得中国投资较多的国家签署的标准协议也较多（${n}个国家，斯皮尔曼ρ为${rho}）；这只是关联，并不证明二者存在因果关系。`,
  intro: (partners, first, last) =>
    `“一带一路”标准工作背后的论点是：标准协议所代表的“软联通”跟随中国企业建设和融资的铁路、港口、电站和网络等“硬联通”。本观察站将每个国家的协议与“中国全球投资追踪”记录的${first}—${last}年中国在该国的投资和承包工程并列，共${partners}个国家。`,
  statistics: (rho, low, high, n, p, resamples, below) =>
    `在${n}个国家中（无协议的国家计为零），各国签署的协议数与所获中国投资之间的等级相关系数（斯皮尔曼ρ）为${rho}。基于${resamples}次国家重抽样的95%置信区间为${low}至${high}；若两者毫无关联，偶然出现如此强相关的概率${below ? '低于' : '为'}${p}。`,
  reading: (strength, positive, clear) =>
    `${{ negligible: '关联可以忽略', weak: '关联较弱', moderate: '关联中等', strong: '关联较强' }[strength]}${clear ? '，且不太可能出于偶然' : '，仅凭偶然也可能出现'}${positive && strength !== 'negligible' ? '：获得中国投资较多的国家往往签署了较多标准协议' : ''}。`,
  others: (verified, withAgreement, n) =>
    `仅计已核实协议时，ρ为${verified}；在至少有一项协议的${n}个国家中，ρ为${withAgreement}。`,
  cannotSay: '这些数字不能说明什么',
  cuts: (agreements, usd) =>
    `分组以追踪数据中各国的中位数为界：${agreements === null ? '半数国家没有协议，因此“有协议”指至少一项' : `“有协议”指多于${agreements}项`}；“投资多”指投资和承包工程多于${usd}百万美元。`,
  quadrant: (key, none) =>
    ({
      high_soft_high_hard: '有协议，投资多',
      low_soft_high_hard: none ? '投资多，无协议' : '投资多，协议少',
      high_soft_low_hard: '有协议，投资少',
      low_soft_low_hard: none ? '投资少，无协议' : '两者皆少',
    })[key],
  columns: { group: '组别', count: '国家数', partners: '国家（按投资额由高到低）' },
  tableCaption: '按协议和中国投资划分的国家，以中位数为分界',
  more: (n) => `及其他${n}国`,
  xTitle: (first, last) => `${first}—${last}年中国投资和承包工程，百万美元（对数刻度）`,
  yTitle: '有据可查的协议',
  median: (value) => `中位数 ${value}`,
  scatterCaption: '各国标准协议与中国投资和承包工程；虚线为中位数',
  scatterAlt: (n, rho, labelled) =>
    `${n}个国家的散点图：有据可查的标准协议与中国投资和承包工程（对数轴）；斯皮尔曼ρ为${rho}。标注国家：${labelled}。`,
  partnerTitle: '投资与协议的时间分布',
  partnerIntro: (name, total, first, last) =>
    `“中国全球投资追踪”记录的${first}—${last}年中国在${name}的投资和承包工程共计${total}百万美元；下图按年份将其与标准化协议并列。`,
  partnerAfter: (last) =>
    `本文所用的追踪数据截至${last}年：此后各年没有投资，是因为没有记录，而不是因为没有投资。`,
  partnerUpper: '中国投资和承包工程，百万美元',
  partnerLower: '有据可查的标准化协议',
  partnerCaption: (name) => `${name}：中国投资和承包工程与标准协议（按年份）`,
  partnerAlt: (name, total, agreements) =>
    `${name}的两个柱状图，共用时间轴：中国投资和承包工程按年份（共${total}百万美元），协议按年份（${agreements}项有日期）。`,
};

const TEXTS: Readonly<Record<Lang, SoftHardTexts>> = { en, fr, zh: spacedCjk(zh) };

export function softHardTextsFor(lang: Lang): SoftHardTexts {
  return TEXTS[lang];
}
