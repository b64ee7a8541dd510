import type { Lang, Localized } from '../i18n/lang.js';

/** Rules every indicator follows. */
export const AGREEMENT_RULES: Localized = {
  en:
    'Each agreement counts once, however many parties sign it: a multilateral joint initiative is one agreement. ' +
    'Agreements of adjacent scope (metrology, accreditation, conformity assessment, inspection, transport ' +
    'certificates) are left out, unless a figure says that it includes them. An agreement whose date is unknown ' +
    'cannot be placed in a span of years: figures for a span leave it out and say how many were left out. Every ' +
    'figure is computed three times: on verified agreements, on verified and single-source agreements, and on ' +
    'all agreements.',
  fr:
    'Chaque accord compte une fois, quel que soit le nombre de ses signataires\u00a0: une initiative conjointe ' +
    'multilatérale est un seul accord. Les accords de champ connexe (métrologie, accréditation, évaluation de la ' +
    'conformité, inspection, certificats de transport) sont exclus, sauf si un chiffre précise qu’il les inclut. ' +
    'Un accord dont la date est inconnue ne peut être situé dans une période\u00a0: les chiffres d’une période ' +
    'l’excluent et disent combien d’accords ont été ainsi exclus. Chaque chiffre est calculé trois fois\u00a0: sur les ' +
    'accords vérifiés, sur les accords vérifiés ou à source unique, et sur l’ensemble des accords.',
  zh:
    '每项协议只计一次，无论签署方有多少：一项多边联合倡议计为一项协议。计量、认可、合格评定、检验及运输证书等' +
    '相关领域的协议不计入，除非某一数字注明包括这些协议。日期不明的协议无法归入某一时段：按时段统计的数字不计入这些协议，' +
    '并注明未计入的数量。每个数字计算三次：分别基于已核实的协议、已核实及单一来源的协议和全部协议。',
};

/** Rules of figures that count partners. */
export const PARTNER_RULES: Localized = {
  en:
    'Each partner counts once per agreement. A partner is a country or an organisation; an organisation counts ' +
    'in its own region, or as “global”, not in the regions of its members. A figure for one region, one kind ' +
    'of partner or one partner counts only the partners that match.',
  fr:
    'Chaque partenaire compte une fois par accord. Un partenaire est un pays ou une organisation\u202f; une ' +
    'organisation compte dans sa propre région, ou comme «\u00a0mondiale\u00a0», et non dans les régions de ses membres. ' +
    'Un chiffre limité à une région, à un type de partenaire ou à un partenaire ne compte que les partenaires ' +
    'qui y correspondent.',
  zh:
    '每个合作方在每项协议中只计一次。合作方可以是国家或组织；组织计入其自身所属区域或“全球”，而不计入其成员国' +
    '所在区域。限于某一区域、某类合作方或某一合作方的数字，只统计与之相符的合作方。',
};

/** Rules of breakdowns. */
export const GROUP_RULES: Localized = {
  en:
    'In a breakdown by region, partner kind or sector, an agreement counts in every group it belongs to, so ' +
    'the groups can add up to more than the total; by year, undated agreements form their own group and are ' +
    'never placed on 1 January.',
  fr:
    'Dans une ventilation par région, type de partenaire ou secteur, un accord compte dans chaque groupe auquel ' +
    'il appartient\u00a0: la somme des groupes peut donc dépasser le total\u202f; par année, les accords non datés forment ' +
    'un groupe à part et ne sont jamais placés au 1er janvier.',
  zh:
    '按区域、合作方类型或领域分组时，一项协议计入其所属的每个组，因此各组之和可能大于总数；按年份分组时，' +
    '无日期的协议单独成组，绝不归入某年的 1 月 1 日。',
};

/** A methodology note: the indicator's own rules, then the shared ones. */
export function methodology(specific: Localized, ...rules: readonly Localized[]): Localized {
  const join = (lang: Lang) =>
    [specific, AGREEMENT_RULES, ...rules].map((text) => text[lang]).join(lang === 'zh' ? '' : ' ');
  return { en: join('en'), fr: join('fr'), zh: join('zh') };
}
