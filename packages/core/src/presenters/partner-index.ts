import type { Agreement } from '../dataset/assemble.js';
import type { Jurisdiction } from '../geo/jurisdiction.js';
import { comparePartialDates } from '../model/partial-date.js';
import { isAdjacentScope } from '../vocabulary/scope.js';

/** A partner jurisdiction of a release with its agreements (adjacent scopes included), oldest first. */
export interface PartnerEntry {
  readonly jurisdiction: Jurisdiction;
  readonly agreements: readonly Agreement[];
}

/** Oldest first; a coarser date before finer dates inside it; undated last; then by id. */
export function bySignedDate(a: Agreement, b: Agreement): number {
  return comparePartialDates(a.signed.date, b.signed.date) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every jurisdiction that is a partner in at least one agreement, by code. */
export function partnerIndex(agreements: readonly Agreement[]): ReadonlyMap<string, PartnerEntry> {
  const index = new Map<string, { jurisdiction: Jurisdiction; agreements: Agreement[] }>();
  for (const agreement of agreements) {
    for (const partner of agreement.partners) {
      const entry = index.get(partner.code);
      if (entry) entry.agreements.push(agreement);
      else index.set(partner.code, { jurisdiction: partner, agreements: [agreement] });
    }
  }
  for (const entry of index.values()) entry.agreements.sort(bySignedDate);
  return index;
}

/** The agreements of headline scope (standardisation), or all of them with adjacent scopes. */
export function inScope(agreements: readonly Agreement[], includeAdjacent: boolean): Agreement[] {
  return agreements.filter((agreement) => includeAdjacent || !isAdjacentScope(agreement.scope));
}
