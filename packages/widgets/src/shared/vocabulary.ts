import type { Lang } from './i18n.js';

/**
 * Agreement types with their labels, as in the core vocabulary (a test keeps the two equal). The agreements
 * list of the API sends codes only; the widgets label them without loading the core's tables.
 */
export const AGREEMENT_TYPES = {
  mou: { en: 'Memorandum of understanding', fr: 'Protocole d’accord', zh: '谅解备忘录' },
  cooperation_agreement: { en: 'Cooperation agreement', fr: 'Accord de coopération', zh: '合作协议' },
  joint_initiative: { en: 'Joint initiative', fr: 'Initiative conjointe', zh: '联合倡议' },
  mutual_recognition: {
    en: 'Mutual recognition of standards',
    fr: 'Reconnaissance mutuelle de normes',
    zh: '标准互认',
  },
  standards_sales: {
    en: 'Standards sales and distribution',
    fr: 'Vente et distribution de normes',
    zh: '标准销售与发行',
  },
  standards_portal: { en: 'Standards portal', fr: 'Portail de normes', zh: '标准信息平台' },
  twinning: { en: 'Twinning arrangement', fr: 'Jumelage', zh: '结对合作' },
  cooperation_commission: { en: 'Cooperation commission', fr: 'Commission de coopération', zh: '合作委员会' },
  action_plan: { en: 'Action plan', fr: 'Plan d’action', zh: '行动计划' },
  other: { en: 'Other', fr: 'Autre', zh: '其他' },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export type AgreementType = keyof typeof AGREEMENT_TYPES;

export function isAgreementType(value: string): value is AgreementType {
  return Object.hasOwn(AGREEMENT_TYPES, value);
}

export function typeLabel(code: string, lang: Lang): string {
  return isAgreementType(code) ? AGREEMENT_TYPES[code][lang] : code;
}

/** UN M49 regions of partners, as the API's `region` filter takes them. */
export const REGION_CODES = ['002', '019', '142', '150', '009', 'global'] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export function isRegionCode(value: string | undefined): value is RegionCode {
  return (REGION_CODES as readonly (string | undefined)[]).includes(value);
}

/** The breakdowns of sco-breakdown (the API's `group_by`, less year and provision). */
export const BREAKDOWNS = ['type', 'region', 'sector', 'partner_kind'] as const;
export type Breakdown = (typeof BREAKDOWNS)[number];
