/** Languages every widget speaks. */
export const LANGS = ['en', 'fr', 'zh'] as const;
export type Lang = (typeof LANGS)[number];

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

type Text = Readonly<Record<Lang, string>>;

/**
 * The widgets' own words. Data labels (indicator titles, group labels, region names) come from the API in
 * the language asked for; partner names come from the API in every language.
 */
export const MESSAGES = {
  loading: { en: 'Loading…', fr: 'Chargement…', zh: '正在加载…' },
  release: { en: 'Data release {id}', fr: 'Version des données {id}', zh: '数据版本 {id}' },
  cite: { en: 'Cite this data', fr: 'Citer ces données', zh: '引用这些数据' },
  download: { en: 'Download the data', fr: 'Télécharger les données', zh: '下载数据' },
  stale: {
    en: 'Could not check for newer data; showing the data above.',
    fr: 'Impossible de vérifier s’il existe des données plus récentes\u202f; les données ci-dessus restent affichées.',
    zh: '无法检查是否有更新的数据，仍显示以上数据。',
  },
  table: { en: 'Data table', fr: 'Tableau des données', zh: '数据表' },
  exportSvg: { en: 'Download SVG', fr: 'Télécharger en SVG', zh: '下载 SVG' },
  exportPng: { en: 'Download PNG', fr: 'Télécharger en PNG', zh: '下载 PNG' },
  exportFailed: {
    en: 'The image could not be made here (the page’s security policy may forbid it).',
    fr: 'L’image n’a pas pu être créée ici (la politique de sécurité de la page l’interdit peut-être).',
    zh: '无法在此生成图片（页面的安全策略可能禁止）。',
  },
  network: {
    en: 'The Observatory’s data service cannot be reached. Please try again later.',
    fr: 'Le service de données de l’Observatoire est injoignable. Veuillez réessayer plus tard.',
    zh: '无法连接观察站的数据服务，请稍后再试。',
  },
  notFound: {
    en: 'The data asked for does not exist.',
    fr: 'Les données demandées n’existent pas.',
    zh: '所请求的数据不存在。',
  },
  refused: {
    en: 'The data service refused the request (error {status}).',
    fr: 'Le service de données a refusé la requête (erreur {status}).',
    zh: '数据服务拒绝了该请求（错误 {status}）。',
  },
  failed: {
    en: 'The data service failed (error {status}). Please try again later.',
    fr: 'Le service de données a échoué (erreur {status}). Veuillez réessayer plus tard.',
    zh: '数据服务出错（错误 {status}），请稍后再试。',
  },
  badAttribute: {
    en: 'Invalid value for “{name}”: “{value}”. Expected {expected}.',
    fr: 'Valeur incorrecte pour «\u00a0{name}\u00a0»\u00a0: «\u00a0{value}\u00a0». Attendu\u00a0: {expected}.',
    zh: '属性“{name}”的值“{value}”无效，应为{expected}。',
  },
  missingAttribute: {
    en: 'The attribute “{name}” is required.',
    fr: 'L’attribut «\u00a0{name}\u00a0» est obligatoire.',
    zh: '缺少必需的属性“{name}”。',
  },
  badData: {
    en: 'The data given to this widget cannot be shown.',
    fr: 'Les données fournies à ce composant ne peuvent pas être affichées.',
    zh: '提供给此组件的数据无法显示。',
  },
  agreementsOne: { en: '{n} agreement', fr: '{n} accord', zh: '{n} 项协议' },
  agreementsOther: { en: '{n} agreements', fr: '{n} accords', zh: '{n} 项协议' },
  noAgreements: { en: 'no agreements', fr: 'aucun accord', zh: '无协议' },
  undated: { en: 'Undated', fr: 'Non daté', zh: '未注明日期' },
  verified: { en: 'Verified', fr: 'Vérifié', zh: '已核实' },
  single_source: { en: 'Single source', fr: 'Source unique', zh: '单一来源' },
  unverified: { en: 'Unverified', fr: 'Non vérifié', zh: '未核实' },
  levelVerified: { en: 'Verified', fr: 'Vérifiés', zh: '已核实' },
  levelVerifiedSingle: {
    en: 'Verified + single source',
    fr: 'Vérifiés + source unique',
    zh: '已核实 + 单一来源',
  },
  levelAll: { en: 'All', fr: 'Tous', zh: '全部' },
  cumulativeAll: { en: 'All, cumulative', fr: 'Tous, cumul', zh: '全部（累计）' },
  cumulativeVerified: { en: 'Verified, cumulative', fr: 'Vérifiés, cumul', zh: '已核实（累计）' },
  range: {
    en: 'Range across verification levels: {range}',
    fr: 'Fourchette selon le niveau de vérification\u00a0: {range}',
    zh: '按核实程度的范围：{range}',
  },
  definition: { en: 'Definition', fr: 'Définition', zh: '定义' },
  notAvailable: { en: 'not available', fr: 'non disponible', zh: '不适用' },
  mapTitle: { en: 'Agreements by partner', fr: 'Accords par partenaire', zh: '按合作方统计的协议' },
  mapLabel: {
    en: 'World map of agreements by partner country',
    fr: 'Carte du monde des accords par pays partenaire',
    zh: '按合作国家统计的协议世界地图',
  },
  mapHelp: {
    en: 'Arrow keys move between partners; Enter selects.',
    fr: 'Les flèches passent d’un partenaire à l’autre\u202f; Entrée sélectionne.',
    zh: '方向键在合作方之间移动，回车键选择。',
  },
  organisations: {
    en: 'Regional and international organisations',
    fr: 'Organisations régionales et internationales',
    zh: '区域和国际组织',
  },
  notOnMap: {
    en: 'Too small for the map',
    fr: 'Trop petits pour la carte',
    zh: '面积过小、未在地图上显示',
  },
  mapNote: {
    en: 'Names: ISO 3166 / UN M49 (Unicode CLDR). Borders and disputed areas as drawn by Natural Earth; no position is taken on them.',
    fr: 'Noms\u00a0: ISO 3166 / M49 de l’ONU (Unicode CLDR). Frontières et zones contestées telles que les trace Natural Earth, sans prise de position.',
    zh: '名称：ISO 3166 / 联合国 M49（Unicode CLDR）。边界及争议地区按 Natural Earth 绘制，不代表任何立场。',
  },
  partner: { en: 'Partner', fr: 'Partenaire', zh: '合作方' },
  agreements: { en: 'Agreements', fr: 'Accords', zh: '协议' },
  country: { en: 'Country', fr: 'Pays', zh: '国家' },
  organisation: { en: 'Organisation', fr: 'Organisation', zh: '组织' },
  timelineTitle: {
    en: 'Agreements per year and cumulative',
    fr: 'Accords par an et en cumul',
    zh: '每年及累计协议数',
  },
  timelineLabel: {
    en: 'Chart of agreements signed per year and their cumulative total, with official tallies',
    fr: 'Graphique des accords signés par an et de leur cumul, avec les décomptes officiels',
    zh: '每年签署协议数及累计总数图表，附官方统计',
  },
  year: { en: 'Year', fr: 'Année', zh: '年份' },
  perYear: { en: 'Signed that year', fr: 'Signés dans l’année', zh: '当年签署' },
  cumulative: { en: 'Cumulative', fr: 'Cumul', zh: '累计' },
  tally: { en: 'Official tally (documents)', fr: 'Décompte officiel (documents)', zh: '官方统计（文件数）' },
  tallyDate: { en: 'As of', fr: 'À la date du', zh: '截至' },
  claimant: { en: 'Claimed by', fr: 'Source de l’annonce', zh: '发布方' },
  undatedOne: {
    en: '{n} undated agreement is counted apart: it has no year.',
    fr: '{n} accord non daté est compté à part\u00a0: il n’a pas d’année.',
    zh: '{n} 项未注明日期的协议单独计算，不计入任何年份。',
  },
  undatedOther: {
    en: '{n} undated agreements are counted apart: they have no year.',
    fr: '{n} accords non datés sont comptés à part\u00a0: ils n’ont pas d’année.',
    zh: '{n} 项未注明日期的协议单独计算，不计入任何年份。',
  },
  excludedUndated: {
    en: 'With a year range, undated agreements are left out ({n}).',
    fr: 'Avec une plage d’années, les accords non datés sont exclus ({n}).',
    zh: '设定年份范围时，未注明日期的协议不计入（{n} 项）。',
  },
  talliesUnfiltered: {
    en: 'Official tallies count every agreement: they are shown only without filters.',
    fr: 'Les décomptes officiels portent sur tous les accords\u00a0: ils ne sont affichés que sans filtre.',
    zh: '官方统计涵盖全部协议，仅在未筛选时显示。',
  },
  signed: { en: 'Signed', fr: 'Signé', zh: '签署日期' },
  agreement: { en: 'Agreement', fr: 'Accord', zh: '协议' },
  partners: { en: 'Partners', fr: 'Partenaires', zh: '合作方' },
  type: { en: 'Type', fr: 'Type', zh: '类型' },
  verification: { en: 'Verification', fr: 'Vérification', zh: '核实情况' },
  sources: { en: 'Sources', fr: 'Sources', zh: '来源' },
  filter: { en: 'Filter the table', fr: 'Filtrer le tableau', zh: '筛选表格' },
  // {range}: the rows shown, as core's formatter writes a range (en "1–10", fr "1 à 10", zh "1～10").
  showing: {
    en: '{range} of {total}',
    fr: '{range} sur {total}',
    zh: '第 {range} 项，共 {total} 项',
  },
  previous: { en: 'Previous page', fr: 'Page précédente', zh: '上一页' },
  next: { en: 'Next page', fr: 'Page suivante', zh: '下一页' },
  noMatch: { en: 'No agreement matches.', fr: 'Aucun accord ne correspond.', zh: '没有符合条件的协议。' },
  record: { en: 'Full record (JSON)', fr: 'Fiche complète (JSON)', zh: '完整记录（JSON）' },
  sourcesOf: { en: 'Sources of {title}', fr: 'Sources de {title}', zh: '{title}的来源' },
  agreementsTitle: { en: 'Agreements', fr: 'Accords', zh: '协议列表' },
  firstAgreement: { en: 'First agreement', fr: 'Premier accord', zh: '首份协议' },
  latestAgreement: { en: 'Latest agreement', fr: 'Dernier accord', zh: '最新协议' },
  byType: { en: 'By type', fr: 'Par type', zh: '按类型' },
  institutions: { en: 'Partner institutions', fr: 'Institutions partenaires', zh: '合作机构' },
  indicators: { en: 'Indicators', fr: 'Indicateurs', zh: '指标' },
  withAdjacent: {
    en: '{n} with adjacent fields (metrology, accreditation…)',
    fr: '{n} avec les domaines connexes (métrologie, accréditation…)',
    zh: '含相关领域（计量、认可等）共 {n} 项',
  },
} as const satisfies Record<string, Text>;

export type MessageKey = keyof typeof MESSAGES;

/** A message in a language, with `{name}` placeholders filled in. */
export function t(
  lang: Lang,
  key: MessageKey,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The message of `one` or `other` for a count, by the language's plural rules (French 0 and 1 are one). */
export function plural(lang: Lang, n: number, one: MessageKey, other: MessageKey, formatted: string): string {
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return t(lang, rules.select(n) === 'one' ? one : other, { n: formatted });
}
