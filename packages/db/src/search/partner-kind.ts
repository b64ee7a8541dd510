import type { Jurisdiction, OrganisationKind } from '@sco/core';

/** What kind of partner a jurisdiction is: a country, or the kind of organisation. */
export type PartnerKind = 'country' | OrganisationKind;

export function partnerKindOf(jurisdiction: Jurisdiction): PartnerKind {
  return jurisdiction.organisation_kind ?? 'country';
}
