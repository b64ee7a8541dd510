import type { Lang, Localized } from '../i18n/lang.js';

/** Rules every indicator follows. */
export const AGREEMENT_RULES: Localized = {
  en:
    'Each agreement counts once, however many parties sign it: a multilateral joint initiative is one agreement. ' +
    'Agreements of adjacent scope (metrology, accreditation, conformity assessment, inspection, transport ' +
    'certificates) are left out unless adjacent scope is included or a scope filter asks for them. When a year ' +
    'range is set, undated agreements cannot be placed and are left out; the result says how many. Every figure ' +
    'is computed on verified agreements, on verified and single-source agreements, and on all agreements.',
  fr:
    'Chaque accord compte une fois, quel que soit le nombre de ses signataires : une initiative conjointe ' +
    'multilatérale est un seul accord. Les accords de champ connexe (métrologie, accréditation, évaluation de la ' +
    'conformité, inspection, certificats de transport) sont exclus, sauf si le champ connexe est inclus ou si un ' +
    'filtre de champ les demande. Lorsqu’une période est fixée, les accords non datés ne peuvent être situés et ' +
    'sont exclus ; le résultat indique leur nombre. Chaque chiffre est calculé sur les accords vérifiés, sur les ' +
    'accords vérifiés ou à source unique, et sur l’ensemble des accords.',
  zh:
    '每项协议只计一次，无论签署方有多少：一项多边联合倡议计为一项协议。计量、认可、合格评定、检验及运输证书等' +
    '相关领域的协议不计入，除非选择纳入相关领域或按领域筛选时明确要求。设定年份范围时，无日期的协议无法归入年份，' +
    '因而不计入，结果会注明其数量。每个数值分别基于已核实的协议、已核实及单一来源的协议和全部协议计算。',
};

/** Rules of figures that count partners. */
export const PARTNER_RULES: Localized = {
  en:
    'Each partner counts once per agreement. A partner is a country or an organisation; an organisation counts ' +
    'in its own region, or as “global”, not in the regions of its members. With a region, partner-kind or ' +
    'partner filter, only the partners that pass it count.',
  fr:
    'Chaque partenaire compte une fois par accord. Un partenaire est un pays ou une organisation ; une ' +
    'organisation compte dans sa propre région, ou comme « mondiale », et non dans les régions de ses membres. ' +
    'Avec un filtre de région, de type de partenaire ou de partenaire, seuls les partenaires qui y répondent ' +
    'comptent.',
  zh:
    '每个合作方在每项协议中只计一次。合作方可以是国家或组织；组织计入其自身所属区域或“全球”，而不计入其成员国' +
    '所在区域。设置区域、合作方类型或合作方筛选条件时，仅统计符合条件的合作方。',
};

/** Rules of breakdowns. */
export const GROUP_RULES: Localized = {
  en:
    'In a breakdown by region, partner kind or sector, an agreement counts in every group it belongs to, so ' +
    'the groups can add up to more than the total; by year, undated agreements form their own group and are ' +
    'never placed on 1 January.',
  fr:
    'Dans une ventilation par région, type de partenaire ou secteur, un accord compte dans chaque groupe auquel ' +
    'il appartient : la somme des groupes peut donc dépasser le total ; par année, les accords non datés forment ' +
    'un groupe à part et ne sont jamais placés au 1er janvier.',
  zh:
    '按区域、合作方类型或领域分组时，一项协议计入其所属的每个组，因此各组之和可能大于总数；按年份分组时，' +
    '无日期的协议单独成组，绝不归入某年的1月1日。',
};

/** A methodology note: the indicator's own rules, then the shared ones. */
export function methodology(specific: Localized, ...rules: readonly Localized[]): Localized {
  const join = (lang: Lang) =>
    [specific, AGREEMENT_RULES, ...rules].map((text) => text[lang]).join(lang === 'zh' ? '' : ' ');
  return { en: join('en'), fr: join('fr'), zh: join('zh') };
}
