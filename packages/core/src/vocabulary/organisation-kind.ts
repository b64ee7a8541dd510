import { defineVocabulary } from './vocabulary.js';

/** Kinds of jurisdictions that are not countries. */
export const organisationKinds = defineVocabulary({
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
  regional_organisation: { en: 'Regional organisation', fr: 'Organisation régionale', zh: '区域组织' },
});
export type OrganisationKind = (typeof organisationKinds.codes)[number];
