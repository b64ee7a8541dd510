import { institutionKinds } from './institution-kind.js';
import { defineVocabulary } from './vocabulary.js';

const { labels } = institutionKinds;

/** Kinds of jurisdictions that are not countries: three institution kinds, plus regional organisations. */
export const organisationKinds = defineVocabulary({
  regional_standards_organisation: labels.regional_standards_organisation,
  international_organisation: labels.international_organisation,
  standards_developing_organisation: labels.standards_developing_organisation,
  regional_organisation: { en: 'Regional organisation', fr: 'Organisation régionale', zh: '区域组织' },
});
export type OrganisationKind = (typeof organisationKinds.codes)[number];
