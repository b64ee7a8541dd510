import { includedIn, type VerificationBasis } from '../vocabulary/verification.js';
import type { SelectedAgreement } from './select-agreements.js';

/** One value for each verification basis: verified, verified + single-source, all. */
export type ByBasis<T> = Readonly<Record<VerificationBasis, T>>;

export function byBasis<T>(compute: (basis: VerificationBasis) => T): ByBasis<T> {
  return { verified: compute('verified'), verified_single: compute('verified_single'), all: compute('all') };
}

/**
 * Each selection's agreements per basis, worked out once: a cell measures its figure and each of its parts on
 * every basis of the same selection.
 */
const split = new WeakMap<
  readonly SelectedAgreement[],
  Map<VerificationBasis, readonly SelectedAgreement[]>
>();

/** The selected agreements whose verification level is included in a basis (the same array for the same input). */
export function inBasis(
  items: readonly SelectedAgreement[],
  basis: VerificationBasis,
): readonly SelectedAgreement[] {
  let bases = split.get(items);
  if (!bases) split.set(items, (bases = new Map<VerificationBasis, readonly SelectedAgreement[]>()));
  let kept = bases.get(basis);
  if (!kept)
    bases.set(basis, (kept = items.filter((item) => includedIn(basis, item.agreement.verification))));
  return kept;
}
