import { defineVocabulary } from './vocabulary.js';

export const institutionKinds = defineVocabulary({
  national_standards_body: {
    en: 'National standards body',
    fr: 'Organisme national de normalisation',
    zh: '国家标准化机构',
  },
  regional_standards_organisation: {
    en: 'Regional standards organisation',
    fr: 'Organisation régionale de normalisation',
    zh: '区域标准化组织',
  },
  international_organisation: {
    en: 'International organisation',
    fr: 'Organisation internationale',
    zh: '国际组织',
  },
  standards_developing_organisation: {
    en: 'Standards developing organisation',
    fr: 'Organisme d’élaboration de normes',
    zh: '标准制定组织',
  },
  government_ministry: {
    en: 'Government ministry or agency',
    fr: 'Ministère ou agence gouvernementale',
    zh: '政府部门',
  },
  subnational_body: { en: 'Sub-national body', fr: 'Organisme infranational', zh: '地方机构' },
  research_institute: { en: 'Research institute', fr: 'Institut de recherche', zh: '研究机构' },
  company: { en: 'Company', fr: 'Entreprise', zh: '企业' },
  other: { en: 'Other', fr: 'Autre', zh: '其他' },
});
export type InstitutionKind = (typeof institutionKinds.codes)[number];
