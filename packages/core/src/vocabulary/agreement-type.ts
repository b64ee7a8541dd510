import { defineVocabulary } from './vocabulary.js';

export const agreementTypes = defineVocabulary({
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
  cooperation_commission: {
    en: 'Cooperation commission',
    fr: 'Commission de coopération',
    zh: '合作委员会',
  },
  action_plan: { en: 'Action plan', fr: 'Plan d’action', zh: '行动计划' },
  other: { en: 'Other', fr: 'Autre', zh: '其他' },
});
export type AgreementType = (typeof agreementTypes.codes)[number];
