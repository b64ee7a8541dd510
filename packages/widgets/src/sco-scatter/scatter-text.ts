import type { Lang } from '../shared/i18n.js';

type Text = Readonly<Record<Lang, string>>;

/** The scatter's own words (data labels — partner names, quadrants, caveats — come from the API). */
export const SCATTER_TEXT = {
  title: {
    en: 'Agreements and Chinese investment, by partner',
    fr: 'Accords et investissements chinois, par partenaire',
    zh: '各伙伴的协议与中国投资',
  },
  label: {
    en: 'Scatter plot: one point per partner country, Chinese investment and construction (log scale) across, agreements up. Arrow keys move from point to point.',
    fr: 'Nuage de points\u00a0: un point par pays partenaire, investissements et construction chinois (échelle log.) en abscisse, accords en ordonnée. Les flèches passent d’un point à l’autre.',
    zh: '散点图：每个伙伴国一个点，横轴为中国投资与建设（对数刻度），纵轴为协议数。方向键在各点之间移动。',
  },
  xAxis: {
    en: 'Chinese investment and construction, USD million (log scale)',
    fr: 'Investissements et construction chinois, millions USD (échelle log.)',
    zh: '中国投资与建设，百万美元（对数刻度）',
  },
  yAxis: { en: 'Agreements', fr: 'Accords', zh: '协议数' },
  point: {
    en: '{name}: {agreements} agreements, USD {usd} million',
    fr: '{name}\u00a0: {agreements} accords, {usd} millions USD',
    zh: '{name}：协议 {agreements} 项，{usd} 百万美元',
  },
  rho: {
    en: 'Spearman’s ρ = {rho} (95 % bootstrap interval {low} to {high}), n = {n} partners, permutation p = {p}.',
    fr: 'ρ de Spearman = {rho} (intervalle bootstrap à 95 %\u00a0: {low} à {high}), n = {n} partenaires, p de permutation = {p}.',
    zh: '斯皮尔曼 ρ = {rho}（95% 自助法区间 {low} 至 {high}），n = {n} 个伙伴，置换检验 p = {p}。',
  },
  sequence: {
    en: '{after} of the {n} partners with both a deal of USD 100 million or more and a dated agreement signed their first agreement in a later year than their first such deal ({before} before it, {same} in the same year; the tracker starts in 2005).',
    fr: '{after} des {n} partenaires ayant à la fois une transaction d’au moins 100 millions USD et un accord daté ont signé leur premier accord une année postérieure à leur première transaction de cette taille ({before} avant, {same} la même année\u202f; le tracker commence en 2005).',
    zh: '在 {n} 个既有 1 亿美元及以上交易又有已知日期协议的伙伴中，{after} 个在首笔此类交易之后的年份签署了首份协议（{before} 个在之前，{same} 个在同一年；追踪数据始于 2005 年）。',
  },
  which: {
    en: 'Partners whose first agreement followed their first large deal',
    fr: 'Partenaires dont le premier accord a suivi la première grande transaction',
    zh: '首份协议在首笔大额交易之后的伙伴',
  },
  partner: { en: 'Partner', fr: 'Partenaire', zh: '伙伴' },
  usd: { en: 'USD million', fr: 'Millions USD', zh: '百万美元' },
  quadrant: { en: 'Quadrant', fr: 'Quadrant', zh: '象限' },
  source: { en: 'Source: {citation}.', fr: 'Source\u00a0: {citation}.', zh: '来源：{citation}。' },
  noFilter: {
    en: 'nothing: this widget covers every partner in the investment data',
    fr: 'rien\u00a0: ce widget couvre tous les partenaires des données d’investissement',
    zh: '无：此组件涵盖投资数据中的所有伙伴',
  },
  basis: {
    en: 'verified, verified_single or all',
    fr: 'verified, verified_single ou all',
    zh: 'verified、verified_single 或 all',
  },
} as const satisfies Record<string, Text>;

/** A text of the scatter in a language, with `{name}` parameters filled in. */
export function scatterText(
  lang: Lang,
  key: keyof typeof SCATTER_TEXT,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return SCATTER_TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    String(params[name] ?? whole),
  );
}
