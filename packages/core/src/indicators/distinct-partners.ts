import type { SelectedAgreement } from './select-agreements.js';

/** Codes of the distinct partners of some agreements: a partner with several agreements counts once. */
export function distinctPartners(items: readonly SelectedAgreement[]): ReadonlySet<string> {
  return new Set(items.flatMap((item) => item.partners.map((partner) => partner.code)));
}
