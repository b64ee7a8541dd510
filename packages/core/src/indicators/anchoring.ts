import type { Agreement } from '../dataset/assemble.js';
import { hasProvision } from './agreement-provisions.js';

/**
 * Anchored in international standardisation: a partner is an international or regional standards body, or
 * joint international standards work or an explicit international-standard basis is coded present. All of
 * the agreement's partners count here, whatever the partner filters.
 */
export function isAnchored(agreement: Agreement): boolean {
  return (
    agreement.partners.some((partner) => partner.international_body) ||
    hasProvision(agreement, 'joint_international_work') ||
    hasProvision(agreement, 'international_basis')
  );
}

/** Mutual recognition of standards, by type or by the two-way recognition provision. */
export function hasMutualRecognition(agreement: Agreement): boolean {
  return agreement.type === 'mutual_recognition' || hasProvision(agreement, 'mutual_recognition');
}

/** Recognition or one-way adoption of standards without an international anchor. */
export function isRecognitionOnly(agreement: Agreement): boolean {
  return (
    (hasMutualRecognition(agreement) || hasProvision(agreement, 'one_way_adoption')) && !isAnchored(agreement)
  );
}
