import type { Agreement } from '../dataset/assemble.js';
import type { ProvisionCode } from '../vocabulary/provision.js';

/** Provisions coded present. A provision without a row is not coded, which is not the same as absent. */
export function presentProvisions(agreement: Agreement): ReadonlySet<ProvisionCode> {
  return new Set(agreement.provisions.filter((p) => p.status === 'present').map((p) => p.provision));
}

/** Provisions coded present or absent. */
export function codedProvisions(agreement: Agreement): ReadonlySet<ProvisionCode> {
  return new Set(agreement.provisions.map((p) => p.provision));
}

export function hasProvision(agreement: Agreement, provision: ProvisionCode): boolean {
  return agreement.provisions.some((p) => p.provision === provision && p.status === 'present');
}

/** An agreement is coded when it has at least one provision row. */
export function isCoded(agreement: Agreement): boolean {
  return agreement.provisions.length > 0;
}
