import { includedIn, type VerificationBasis } from '../vocabulary/verification.js';
import type { SelectedAgreement } from './select-agreements.js';

/** One value for each verification basis: verified, verified + single-source, all. */
export type ByBasis<T> = Readonly<Record<VerificationBasis, T>>;

export function byBasis<T>(compute: (basis: VerificationBasis) => T): ByBasis<T> {
  return { verified: compute('verified'), verified_single: compute('verified_single'), all: compute('all') };
}

/** The selected agreements whose verification level is included in a basis. */
export function inBasis(items: readonly SelectedAgreement[], basis: VerificationBasis): SelectedAgreement[] {
  return items.filter((item) => includedIn(basis, item.agreement.verification));
}
