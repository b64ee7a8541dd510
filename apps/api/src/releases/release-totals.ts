import { assembleAgreements, type Dataset } from '@sco/core';

/** How much a release holds. */
export interface ReleaseTotals {
  /** Every agreement, adjacent scopes included. */
  readonly agreements: number;
  /** Distinct partner jurisdictions (countries and organisations) across those agreements. */
  readonly partners: number;
  readonly institutions: number;
  readonly organisations: number;
  readonly sources: number;
  readonly official_tallies: number;
}

export function releaseTotals(dataset: Dataset): ReleaseTotals {
  const partners = new Set<string>();
  for (const agreement of assembleAgreements(dataset)) {
    for (const partner of agreement.partners) partners.add(partner.code);
  }
  const { tables } = dataset;
  return {
    agreements: tables.agreements.length,
    partners: partners.size,
    institutions: tables.institutions.length,
    organisations: tables.organisations.length,
    sources: tables.sources.length,
    official_tallies: tables.official_tallies.length,
  };
}
