import type { Lang } from '../shared/i18n.js';

type Text = Readonly<Record<Lang, string>>;

/** The investment bars' own words (loaded with them, not with every widget). */
export const INVESTMENT_TEXT = {
  million: {
    en: 'Chinese investment and construction, USD million',
    fr: 'Investissements et construction chinois, millions USD',
    zh: '中国投资与建设，百万美元',
  },
  billion: {
    en: 'Chinese investment and construction, USD billion',
    fr: 'Investissements et construction chinois, milliards USD',
    zh: '中国投资与建设，十亿美元',
  },
  label: {
    en: 'Bars: Chinese investment and construction per year, on their own scale. Arrow keys move from bar to bar.',
    fr: 'Barres\u00a0: investissements et construction chinois par année, sur leur propre échelle. Les flèches passent d’une barre à l’autre.',
    zh: '柱形：每年的中国投资与建设，使用独立刻度。方向键在各柱之间移动。',
  },
  bar: {
    en: '{year}: USD {usd} million of Chinese investment and construction, {deals} deals',
    fr: '{year}\u00a0: {usd} millions USD d’investissements et de construction chinois, {deals} transactions',
    zh: '{year} 年：中国投资与建设 {usd} 百万美元，{deals} 笔交易',
  },
  column: {
    en: 'Chinese investment and construction (USD million)',
    fr: 'Investissements et construction chinois (millions USD)',
    zh: '中国投资与建设（百万美元）',
  },
  marks: {
    en: 'Marks: one per agreement, in the year it was signed. Arrow keys move from mark to mark.',
    fr: 'Marques\u00a0: une par accord, l’année de sa signature. Les flèches passent d’une marque à l’autre.',
    zh: '标记：每项协议一个，位于其签署年份。方向键在各标记之间移动。',
  },
  signed: { en: 'Agreements signed', fr: 'Accords signés', zh: '签署的协议' },
  year: { en: 'Year', fr: 'Année', zh: '年份' },
  none: {
    en: 'The tracker records no deal of USD 100 million or more here.',
    fr: 'Le tracker ne recense ici aucune transaction d’au moins 100 millions USD.',
    zh: '追踪数据未记录此处 1 亿美元及以上的交易。',
  },
  source: {
    en: 'Investment and construction: deals of USD 100 million or more, from the {citation}.',
    fr: 'Investissements et construction\u00a0: transactions d’au moins 100 millions USD, d’après le {citation}.',
    zh: '投资与建设：1 亿美元及以上的交易，来源：{citation}。',
  },
  unfiltered: {
    en: 'The investment bars are not filtered by agreement type or sector.',
    fr: 'Les barres d’investissement ne sont pas filtrées par type d’accord ni par secteur.',
    zh: '投资柱形未按协议类型或领域筛选。',
  },
  organisation: {
    en: 'The investment data covers countries, not organisations.',
    fr: 'Les données d’investissement couvrent des pays, non des organisations.',
    zh: '投资数据涵盖国家，不包括组织。',
  },
} as const satisfies Record<string, Text>;

/** A text of the investment bars in a language, with `{name}` parameters filled in. */
export function investmentText(
  lang: Lang,
  key: keyof typeof INVESTMENT_TEXT,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return INVESTMENT_TEXT[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    String(params[name] ?? whole),
  );
}
