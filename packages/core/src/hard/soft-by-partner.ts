import type { Agreement } from '../dataset/assemble.js';
import { isCoded, presentProvisions } from '../indicators/agreement-provisions.js';
import { includedIn, type VerificationBasis } from '../vocabulary/verification.js';
import { isAdjacentScope } from '../vocabulary/scope.js';

/** Soft connectivity of one partner country at one verification basis. */
export interface SoftMeasures {
  /** Agreements of standardisation scope the partner is a party to (a multilateral one counts once). */
  readonly agreements: number;
  /** Mean depth score D over the partner's coded agreements, null when none is coded. */
  readonly depth: number | null;
  /** Year of the partner's first dated agreement, null when all are undated. */
  readonly first_year: number | null;
}

/** Agreements that count at a basis: standardisation scope (adjacent scopes left out), verification included. */
export function softAgreements(agreements: readonly Agreement[], basis: VerificationBasis): Agreement[] {
  return agreements.filter((a) => includedIn(basis, a.verification) && !isAdjacentScope(a.scope));
}

/** Soft measures per partner country code at a basis. Organisation partners (ASEAN …) are not countries. */
export function softByPartner(
  agreements: readonly Agreement[],
  basis: VerificationBasis,
): ReadonlyMap<string, SoftMeasures> {
  const lists = new Map<string, Agreement[]>();
  for (const agreement of softAgreements(agreements, basis))
    for (const partner of agreement.partners)
      if (partner.kind === 'country')
        lists.set(partner.code, [...(lists.get(partner.code) ?? []), agreement]);
  const result = new Map<string, SoftMeasures>();
  for (const [code, list] of lists) {
    const coded = list.filter(isCoded);
    const depth =
      coded.length === 0 ? null : coded.reduce((sum, a) => sum + presentProvisions(a).size, 0) / coded.length;
    const years = list.map((a) => a.signed.year).filter((year): year is number => year !== null);
    result.set(code, {
      agreements: list.length,
      depth,
      first_year: years.length === 0 ? null : Math.min(...years),
    });
  }
  return result;
}
